using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Normalization;
using Wuhu.Bulletins.Tests.Support;

namespace Wuhu.Bulletins.Tests;

public class UnitDirectoryTests
{
    private static readonly UnitDirectory Directory = UnitDirectory.Default;

    [Theory]
    [InlineData("市发改委", "市发改委")]
    [InlineData("市发展改革委", "市发改委")]
    [InlineData("市发展和改革委员会", "市发改委")]
    [InlineData("芜湖市发展和改革委员会", "市发改委")]
    [InlineData("市发展和改革委员会。", "市发改委")]
    [InlineData("市经信局", "市工信局")]
    [InlineData("市工业和信息化局", "市工信局")]
    [InlineData("市经信委", "市工信局")]
    [InlineData("芜湖县", "湾沚区")]
    [InlineData("芜湖经开区", "经开区")]
    [InlineData("市 自然资源和规划局", "市自规局")]
    public void Every_name_of_an_office_gives_its_canonical_name(string name, string canonical) =>
        Assert.Equal(canonical, Directory.Find(name));

    [Fact]
    public void Unknown_names_pass_through_unchanged()
    {
        var unknown = new SortedSet<string>();
        Assert.Equal(["市发改委", "市新设局"], Directory.Canonicalize(["市发展改革委", "市新设局", "市发改委"], unknown));
        Assert.Equal(["市新设局"], unknown);
    }

    [Fact]
    public void Renames_carry_their_year()
    {
        var office = Directory.Units.Single(u => u.Canonical == "市工信局");
        Assert.Equal(2019, office.FormerNames.Single(f => f.Name == "市经信委").Year);
        Assert.Equal("芜湖市工业和信息化局", office.FullName);
    }

    [Fact]
    public void A_name_given_to_two_offices_is_a_file_error()
    {
        var error = Assert.Throws<FormatException>(() => UnitDirectory.Parse("市甲局\t芜湖市甲局\t市甲\n市乙局\t芜湖市乙局\t市甲\n"));
        Assert.Contains("市甲", error.Message);
        Assert.Throws<FormatException>(() => UnitDirectory.Parse("市甲局\t芜湖市甲局\t\t市丙局@19x9\n"));
    }

    [Fact]
    public void Every_unit_of_the_samples_is_known()
    {
        var files = System.IO.Directory.GetFiles(SamplePaths.RepoSamples).ToList();
        if (SamplePaths.HasShared) files.Add(SamplePaths.SharedAnnual2023);
        foreach (var file in files)
        {
            var b = BulletinParser.ParseFile(file);
            Assert.DoesNotContain(b.Warnings, w => w.Code == "unknownUnits");
        }
    }

    [Fact]
    public void The_parser_lists_unknown_names_in_one_info_note_and_keeps_them()
    {
        var b = Parse.Text(new TextBulletin().Row("1", "任务。", "市新设局", "市发改委", "正在推进。").Row("2", "任务。", "市新设局", "正在推进。"));

        Assert.Equal(["市新设局", "市发改委"], Parse.Task(b, 1).LeadUnits);
        var note = Assert.Single(b.Warnings, w => w.Code == "unknownUnits");
        Assert.Equal(WarningSeverity.Info, note.Severity);
        Assert.Contains("市新设局", note.Message);
    }

    [Fact]
    public void A_task_whose_names_are_already_canonical_keeps_its_list_as_written()
    {
        var names = new Structure.UnitNames(Directory);
        List<string> canonical = ["市发改委", "市新设局"];
        Assert.Same(canonical, names.Canonicalize(canonical));

        // Renamed, repeated after renaming, and empty names each make a new list; the list as written is untouched.
        List<string> written = ["市发改委", "市发展改革委", "", "市经信局"];
        Assert.Equal(["市发改委", "市工信局"], names.Canonicalize(written));
        Assert.Equal(["市发改委", "市发展改革委", "", "市经信局"], written);
        Assert.Empty(names.Canonicalize(Array.Empty<string>()));

        var warnings = new List<ParseWarning>();
        names.ReportUnknown(warnings);
        Assert.Contains("市新设局", Assert.Single(warnings).Message);
    }
}
