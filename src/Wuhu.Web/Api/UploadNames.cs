namespace Wuhu.Web.Api;

/// <summary>
/// The blob name of a web upload: the file's own name (the parser reads period clues such as "2024-Q2" from
/// it), without any folder part a browser might send, and nothing that could address another container.
/// </summary>
public static class UploadNames
{
    public const int MaxLength = 200;

    public static bool TryClean(string? name, out string blobName, out string problem)
    {
        blobName = "";
        var file = (name ?? "").Replace('\\', '/').Split('/').LastOrDefault()?.Trim() ?? "";
        problem = file switch
        {
            "" => "缺少文件名(name 参数)。",
            "." or ".." => $"文件名“{file}”无效。",
            { Length: > MaxLength } => $"文件名超过 {MaxLength} 个字符,请改短后再上传。",
            _ when file.Any(char.IsControl) => "文件名含有控制字符,请改名后再上传。",
            _ => "",
        };
        if (problem.Length > 0)
        {
            return false;
        }

        blobName = file;
        return true;
    }
}
