using Microsoft.Extensions.Options;
using Wuhu.Storage;

namespace Wuhu.Functions;

/// <summary>The storage connection setting as options, so a missing or half-set connection fails start-up by name.</summary>
public sealed class StorageConnectionOptions
{
    public StorageConnectionSettings? Settings { get; set; }
}

public sealed class StorageConnectionValidation : IValidateOptions<StorageConnectionOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageConnectionOptions options) =>
        options.Settings?.Problem is { } problem ? ValidateOptionsResult.Fail(problem)
        : options.Settings is null ? ValidateOptionsResult.Fail($"Storage connection '{AppSettingNames.StorageConnection}' was not read.")
        : ValidateOptionsResult.Success;
}
