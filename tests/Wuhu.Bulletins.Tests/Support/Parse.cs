using System.Text;
using Wuhu.Bulletins.Model;

namespace Wuhu.Bulletins.Tests.Support;

public static class Parse
{
    public static Bulletin Text(TextBulletin bulletin, string name = "bulletin.txt") => BulletinParser.Parse(bulletin.Utf8(), name);

    public static Bulletin Text(string text, string name = "bulletin.txt") => BulletinParser.Parse(Encoding.UTF8.GetBytes(text), name);

    public static BulletinTask Task(Bulletin bulletin, int number) => bulletin.Tasks.Single(t => t.Number == number);

    public static BulletinRejectedException Rejection(byte[] content, string name = "upload.bin") =>
        Assert.Throws<BulletinRejectedException>(() => BulletinParser.Parse(content, name));
}
