namespace Wuhu.Web.Auth;

/// <summary>A signed-in person and their app roles (Entra app roles "uploader" and "reader").</summary>
public sealed record WebUser(string Name, IReadOnlySet<string> Roles)
{
    public const string UploaderRole = "uploader";
    public const string ReaderRole = "reader";

    /// <summary>Staff: upload bulletins and rebuild reports (and read everything).</summary>
    public bool CanUpload => Roles.Contains(UploaderRole);

    /// <summary>Managers read tasks, history and reports; uploaders can too.</summary>
    public bool CanRead => CanUpload || Roles.Contains(ReaderRole);
}
