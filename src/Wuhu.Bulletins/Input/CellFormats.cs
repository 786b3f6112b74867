using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Wuhu.Bulletins.Input;

/// <summary>
/// Shows a numeric .xlsx cell the way Excel does for the formats bulletins use: dates and times (built-in and
/// custom codes such as yyyy"年"m"月"d"日"), percentages, and general numbers without binary noise
/// (0.30000000000000004 shows as 0.3). Other formats show the number as stored.
/// </summary>
internal sealed partial class CellFormats
{
    /// <summary>Built-in date/time formats as a Chinese-locale Excel shows them.</summary>
    private static readonly Dictionary<uint, string> BuiltInDates = new()
    {
        [14] = "yyyy/m/d", [15] = "d-mmm-yy", [16] = "d-mmm", [17] = "mmm-yy", [18] = "h:mm AM/PM", [19] = "h:mm:ss AM/PM",
        [20] = "h:mm", [21] = "h:mm:ss", [22] = "yyyy/m/d h:mm", [27] = "yyyy\"年\"m\"月\"", [28] = "m\"月\"d\"日\"",
        [29] = "m\"月\"d\"日\"", [30] = "m-d-yy", [31] = "yyyy\"年\"m\"月\"d\"日\"", [32] = "h\"时\"mm\"分\"", [33] = "h\"时\"mm\"分\"ss\"秒\"",
        [36] = "yyyy\"年\"m\"月\"", [45] = "mm:ss", [46] = "[h]:mm:ss", [47] = "mm:ss.0", [50] = "yyyy\"年\"m\"月\"",
        [51] = "m\"月\"d\"日\"", [52] = "yyyy\"年\"m\"月\"", [53] = "m\"月\"d\"日\"", [57] = "yyyy\"年\"m\"月\"", [58] = "m\"月\"d\"日\"",
    };

    private readonly List<uint> numberFormatOfStyle = [];
    private readonly Dictionary<uint, string> customCodes = [];

    public CellFormats(Stylesheet? stylesheet)
    {
        foreach (var format in stylesheet?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            numberFormatOfStyle.Add(format.NumberFormatId?.Value ?? 0);
        }

        foreach (var format in stylesheet?.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id && format.FormatCode?.Value is { } code) customCodes[id] = code;
        }
    }

    public string Show(string raw, uint? styleIndex)
    {
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value)) return raw;
        var formatId = styleIndex is { } s && s < numberFormatOfStyle.Count ? numberFormatOfStyle[(int)s] : 0u;
        var code = customCodes.TryGetValue(formatId, out var custom) ? custom : BuiltInDates.GetValueOrDefault(formatId);
        if (code is not null && IsDateCode(code) && value is >= 0 and < 2958466)
        {
            return FormatDate(DateTime.FromOADate(value), code);
        }

        if (formatId is 9 or 10 || (code is not null && StripLiterals(code).Contains('%')))
        {
            var decimals = formatId == 10 ? 2 : code is null ? 0 : DecimalsOf(code);
            return (value * 100).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";
        }

        // General: Excel shows at most 15 significant digits.
        return value.ToString("G15", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]")]
    private static partial Regex Literals();

    private static string StripLiterals(string code) => Literals().Replace(code, "");

    private static bool IsDateCode(string code)
    {
        var bare = StripLiterals(code.Split(';')[0]).ToLowerInvariant();
        return bare.IndexOfAny(['y', 'd', 'h', 's']) >= 0 || (bare.Contains('m') && !bare.Contains('0') && !bare.Contains('#'));
    }

    private static int DecimalsOf(string code)
    {
        var bare = StripLiterals(code.Split(';')[0]);
        var point = bare.IndexOf('.');
        return point < 0 ? 0 : bare.Skip(point + 1).TakeWhile(c => c is '0' or '#').Count();
    }

    /// <summary>Renders the date tokens of a format code (y, m, d, h, m after h / before s, s, AM/PM) and its literals.</summary>
    private static string FormatDate(DateTime date, string code)
    {
        code = code.Split(';')[0];
        var text = new StringBuilder();
        var twelveHour = code.Contains("AM/PM", StringComparison.OrdinalIgnoreCase);
        var lastWasHour = false;
        for (var i = 0; i < code.Length;)
        {
            var c = code[i];
            if (c == '"')
            {
                var end = code.IndexOf('"', i + 1);
                if (end < 0) end = code.Length;
                text.Append(code, i + 1, end - i - 1);
                i = end + 1;
                continue;
            }

            if (c == '\\' && i + 1 < code.Length)
            {
                text.Append(code[i + 1]);
                i += 2;
                continue;
            }

            if (c == '[')
            {
                var end = code.IndexOf(']', i);
                i = end < 0 ? code.Length : end + 1;
                continue;
            }

            if (code.AsSpan(i).StartsWith("AM/PM", StringComparison.OrdinalIgnoreCase))
            {
                text.Append(date.Hour < 12 ? "AM" : "PM");
                i += 5;
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            var run = 1;
            while (i + run < code.Length && char.ToLowerInvariant(code[i + run]) == lower) run++;
            switch (lower)
            {
                case 'y':
                    text.Append(run <= 2 ? (date.Year % 100).ToString("00", CultureInfo.InvariantCulture) : date.Year.ToString(CultureInfo.InvariantCulture));
                    break;
                case 'm' when lastWasHour || NextTokenIsSeconds(code, i + run):
                    text.Append(date.Minute.ToString(run >= 2 ? "00" : "0", CultureInfo.InvariantCulture));
                    break;
                case 'm':
                    text.Append(run switch
                    {
                        1 => date.Month.ToString(CultureInfo.InvariantCulture),
                        2 => date.Month.ToString("00", CultureInfo.InvariantCulture),
                        3 => date.ToString("MMM", CultureInfo.InvariantCulture),
                        _ => date.ToString("MMMM", CultureInfo.InvariantCulture),
                    });
                    break;
                case 'd':
                    text.Append(run switch
                    {
                        1 => date.Day.ToString(CultureInfo.InvariantCulture),
                        2 => date.Day.ToString("00", CultureInfo.InvariantCulture),
                        3 => date.ToString("ddd", CultureInfo.InvariantCulture),
                        _ => date.ToString("dddd", CultureInfo.InvariantCulture),
                    });
                    break;
                case 'h':
                    var hour = twelveHour ? (date.Hour + 11) % 12 + 1 : date.Hour;
                    text.Append(hour.ToString(run >= 2 ? "00" : "0", CultureInfo.InvariantCulture));
                    break;
                case 's':
                    text.Append(date.Second.ToString(run >= 2 ? "00" : "0", CultureInfo.InvariantCulture));
                    break;
                default:
                    text.Append(code, i, run);
                    break;
            }

            if (lower is not (' ' or ':')) lastWasHour = lower == 'h';
            i += run;
        }

        return text.ToString();
    }

    private static bool NextTokenIsSeconds(string code, int from)
    {
        for (var i = from; i < code.Length; i++)
        {
            if (char.ToLowerInvariant(code[i]) == 's') return true;
            if (char.IsAsciiLetter(code[i])) return false;
        }

        return false;
    }
}
