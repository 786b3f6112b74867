namespace Wuhu.Storage.Tests;

/// <summary>The settings the CLI reads from its environment, named as in the function app.</summary>
public sealed class WuhuOptionsTests
{
    private const string MaxTasks = "Wuhu__MaxTasksPerBulletin";

    [Theory]
    [InlineData(null, 2000)]
    [InlineData("", 2000)]
    [InlineData("20000", 20000)]
    public void The_task_cap_comes_from_the_environment_or_the_default(string? value, int expected)
    {
        var options = WithEnvironment(value, WuhuOptions.FromEnvironment);

        Assert.Equal(expected, options.MaxTasksPerBulletin);
        Assert.Equal(expected, options.ParseOptions.MaxTasks);
    }

    [Theory]
    [InlineData("many")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("2000000")]
    public void A_bad_task_cap_is_an_error_naming_the_setting_and_its_value(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => WithEnvironment(value, WuhuOptions.FromEnvironment));

        Assert.Contains(MaxTasks, error.Message);
        Assert.Contains($"\"{value}\"", error.Message);
    }

    private static T WithEnvironment<T>(string? value, Func<T> read)
    {
        var saved = Environment.GetEnvironmentVariable(MaxTasks);
        Environment.SetEnvironmentVariable(MaxTasks, value);
        try
        {
            return read();
        }
        finally
        {
            Environment.SetEnvironmentVariable(MaxTasks, saved);
        }
    }
}
