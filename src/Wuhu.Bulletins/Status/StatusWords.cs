using System.Text.RegularExpressions;

namespace Wuhu.Bulletins.Status;

/// <summary>
/// Every word list the status rules read, in one place (../shared/notes/status-guide.md is their specification).
/// Patterns run on text with all whitespace removed. They describe the language of the bulletins in general —
/// how a lead unit says "done", "underway", "behind" — never the wording of one particular task.
/// The lists asked of every clause are also kept as a <see cref="WordList"/> (…Words): the same words searched without a
/// regex's per-call cost. Pure word lists are spelled once and both are built from that spelling; for the three with
/// more shapes (shortfall, result, underway) the regex is the specification and StatusWordListTests checks that they agree.
/// </summary>
internal static partial class StatusWords
{
    /// <summary>Says outright that the task (or part of it) was not achieved or is late.</summary>
    [GeneratedRegex(@"未完成|未能完成|没有完成|未达到|未达标|未能实现|未实现|未达序时|未达进度|欠序时|欠进度|滞后|进展缓慢|进度缓慢|(尚|仍|还)?未开工|(尚|仍|还)?未启动|尚未实施|暂未|暂缓|停工|停滞|顺延|推迟|延期")]
    public static partial Regex Shortfall();

    /// <summary><see cref="Shortfall"/> as a <see cref="WordList"/> (the scan that runs on every clause; the regex is its specification).</summary>
    public static WordList ShortfallWords { get; } = new(
        Literals("未完成", "未能完成", "没有完成", "未达到", "未达标", "未能实现", "未实现", "未达序时", "未达进度", "欠序时", "欠进度", "滞后", "进展缓慢", "进度缓慢"),
        WordForm.Each("", ["尚", "仍", "还", ""], "未开工"),
        WordForm.Each("", ["尚", "仍", "还", ""], "未启动"),
        Literals("尚未实施", "暂未", "暂缓", "停工", "停滞", "顺延", "推迟", "延期"));

    /// <summary>A result: something finished, opened, issued or achieved ("已建成", "建成通车", "顺利开学", "完工率100%").</summary>
    [GeneratedRegex(@"已完成|全部完成|均已完成|完成(了)?(年度|全年|目标)?任务|圆满完成|顺利完成|提前完成|超额完成|(完成|完工)率(达到?)?100%|建成|竣工|完工|通车|开馆|开园|投运|投入运营|投入使用|投用|投产|开学|交付|并网|开业|营业|上线|开通|全覆盖|通过\S{0,12}验收|通过\S{0,8}考核|验收并|获批|获评|入选|认定|获得|已开工|开工建设|开工|已印发|已出台|已实现|已达到?|已累计|全面完成|已(办结|落地|挂牌|揭牌|运营|发布|签约|设立|成立|组建|到位|拨付|启用)|正式(运营|启用|开通|投用|挂牌)|完成(?=[^,，;；。]{0,24}?(验收|编制|施工|改造|建设))")]
    public static partial Regex StrongDone();

    /// <summary><see cref="StrongDone"/> as a <see cref="WordList"/>.</summary>
    public static WordList StrongDoneWords { get; } = new(
        Literals("已完成", "全部完成", "均已完成"),
        WordForm.Each("完成", ["了年度", "了全年", "了目标", "了", "年度", "全年", "目标", ""], "任务"),
        Literals("圆满完成", "顺利完成", "提前完成", "超额完成"),
        WordForm.Each("完成率", ["达到", "达", ""], "100%"),
        WordForm.Each("完工率", ["达到", "达", ""], "100%"),
        Literals("建成", "竣工", "完工", "通车", "开馆", "开园", "投运", "投入运营", "投入使用", "投用", "投产", "开学", "交付", "并网", "开业", "营业", "上线", "开通", "全覆盖"),
        [WordForm.Gap("通过", 12, "验收"), WordForm.Gap("通过", 8, "考核")],
        Literals("验收并", "获批", "获评", "入选", "认定", "获得", "已开工", "开工建设", "开工", "已印发", "已出台", "已实现", "已达到", "已达", "已累计", "全面完成"),
        WordForm.Each("已", ["办结", "落地", "挂牌", "揭牌", "运营", "发布", "签约", "设立", "成立", "组建", "到位", "拨付", "启用"]),
        WordForm.Each("正式", ["运营", "启用", "开通", "投用", "挂牌"]),
        [WordForm.FollowedWithin("完成", 24, ",，;；。", "验收", "编制", "施工", "改造", "建设")]);

    /// <summary>
    /// A bare action verb at the head of a report clause: in a year-end text "印发《…》", "举办…大会", "升级…平台" report
    /// actions taken. Enough for a named deliverable of that kind; not enough to count a numeric target as met.
    /// </summary>
    [GeneratedRegex(ActionPattern)]
    public static partial Regex Action();

    private const string ActionPattern = "印发|出台|制定|修订|举办|举行|承办|召开|开展|组织|建立|健全|开设|增开|升级|推出|发布|编制|组建|实施|落实|完成|新增|新建|培育|遴选|设立|打造|拍摄|整合|启动|签约|签订|引进|发放|兑现|部署|培训|给予|提供|推广|走访|对接|参加|评选|选送|建设|加强|进行|监测|调整|优化|完善|深化|强化|推动|推进|争取|申报|通报|督促|指导|排查|整治|检查|抽查|帮扶|慰问";

    /// <summary><see cref="Action"/> as a <see cref="WordList"/>.</summary>
    public static WordList ActionWords { get; } = new(Literals(ActionPattern.Split('|')));

    /// <summary>Work underway, not finished ("正在", "有序推进", "加快建设", "积极推进…开工").</summary>
    [GeneratedRegex(@"正在|正稳步|稳步推进|有序推进|加快推进|加快建设|加紧|推进中|进行中|建设中|实施中|开展中|积极推进|扎实推进|全力推进|持续推进|正积极|正加快|正抓紧|抓紧推进|加快实施|做好\S{0,6}准备|迎检准备|前期工作|待完成|尚未完成|努力|力争|争取|拟(?!定)|计划于|将于|按(计划|序时|时序|进度)推进|序时推进|达序时|超序时")]
    public static partial Regex Underway();

    /// <summary><see cref="Underway"/> as a <see cref="WordList"/>.</summary>
    public static WordList UnderwayWords { get; } = new(
        Literals("正在", "正稳步", "稳步推进", "有序推进", "加快推进", "加快建设", "加紧", "推进中", "进行中", "建设中", "实施中", "开展中", "积极推进", "扎实推进", "全力推进", "持续推进", "正积极", "正加快", "正抓紧", "抓紧推进", "加快实施"),
        [WordForm.Gap("做好", 6, "准备")],
        Literals("迎检准备", "前期工作", "待完成", "尚未完成", "努力", "力争", "争取"),
        [WordForm.NotFollowedBy("拟", "定")],
        Literals("计划于", "将于"),
        WordForm.Each("按", ["计划", "序时", "时序", "进度"], "推进"),
        Literals("序时推进", "达序时", "超序时"));

    /// <summary>
    /// The lists a progress clause's state is read from, searched in one pass: <see cref="ShortfallWords"/> (0, which
    /// decides on its own), <see cref="UnderwayWords"/> (1), <see cref="StrongDoneWords"/> (2), <see cref="ActionWords"/> (3).
    /// </summary>
    public static WordListSet ClauseStateWords { get; } = new(ShortfallWords, UnderwayWords, StrongDoneWords, ActionWords);

    /// <summary>Between an underway verb and a result verb, these mean the result happened ("加快建设并于秋季顺利开学").</summary>
    [GeneratedRegex(ResultConnectorPattern)]
    public static partial Regex ResultConnector();

    private const string ResultConnectorPattern = "并于|并已|已于|顺利|均已|已经|目前已|现已";

    /// <summary><see cref="ResultConnector"/> as a <see cref="WordList"/>.</summary>
    public static WordList ResultConnectorWords { get; } = new(Literals(ResultConnectorPattern.Split('|')));

    /// <summary>Only preparation so far: planning, design, tendering, listing — nothing delivered.</summary>
    [GeneratedRegex(PreparationPattern)]
    public static partial Regex Preparation();

    private const string PreparationPattern = "设计|招标|策划|梳理|方案|前期|准备|谋划|摸排|规划|筹备|调研|可研|选址";

    /// <summary><see cref="Preparation"/> as a <see cref="WordList"/>.</summary>
    public static WordList PreparationWords { get; } = new(Literals(PreparationPattern.Split('|')));

    /// <summary>A figure for part of the year ("前三季度", "1-9月", "上半年").</summary>
    [GeneratedRegex(@"前三季度|三季度末|1[-—~至]9月|一季度|1[-—~至]3月|上半年|1[-—~至]6月|截至[1-9]月|截至(目前)?三季度")]
    public static partial Regex PartialYear();

    /// <summary>A subject that names the task as a whole rather than one of its items ("年度任务", "各项工作").</summary>
    [GeneratedRegex(@"^((年度|全年|目标|各项|相关|既定|省下达|下达|阶段性|本年度)?(任务|工作|目标任务|工作任务|各项工作)|\S{0,6}任务|各项|全部|相关)$")]
    public static partial Regex GenericSubject();

    /// <summary>Words that frame a clause without naming what was done: stripped before a subject is judged empty.</summary>
    [GeneratedRegex(@"\d+(\.\d+)?|[年月日号底初末前后第季度]|截至|目前|今年|全年|年内|推进|推动|加快|稳步|有序|积极|扎实|全力|中$|已于|已经|已|于|并|均|全线|全面|全部|顺利|正式|成功|基本|按期|如期|率先|共|累计|其中|我市|全市|市本级|本年|[“”\""《》〈〉()（）·、,，:：;；。.\-—%]")]
    public static partial Regex FramingWords();

    /// <summary>Finish lines a task can name: building, completing, issuing, opening, covering, eliminating.</summary>
    [GeneratedRegex(HardFinishPattern)]
    public static partial Regex HardFinishVerb();

    private const string HardFinishPattern = "开工建设|建成|完成|开工|出台|印发|办好|召开|开通|上线|实现|消除|增开|投用|投运|通车|开学|竣工|交付|挂牌";

    /// <summary><see cref="HardFinishVerb"/> as a <see cref="WordList"/>.</summary>
    public static WordList HardFinishVerbWords { get; } = new(Literals(HardFinishPattern.Split('|')));

    /// <summary>举办 is a finish line only for a named event (a contest, a fair, a conference), not for recurring activities.</summary>
    [GeneratedRegex(@"举办(?<event>[^,，;；。]*?(大赛|赛|大会|会|节|周|展|论坛|峰会|博览会|运动会))(?=$|[,，;；。])")]
    public static partial Regex EventToHold();

    /// <summary>Titles to win and projects to shape: finish lines when they are the task's only aim, aspirations beside others.</summary>
    [GeneratedRegex(TitlePattern)]
    public static partial Regex TitleVerb();

    private const string TitlePattern = "争创|创建|创成|争取创建|申创";

    /// <summary><see cref="TitleVerb"/> as a <see cref="WordList"/>.</summary>
    public static WordList TitleVerbWords { get; } = new(Literals(TitlePattern.Split('|')));

    /// <summary>Aims that may or may not have a finish line; judged done only when the text reports them done.</summary>
    [GeneratedRegex(SoftFinishPattern)]
    public static partial Regex SoftFinishVerb();

    private const string SoftFinishPattern = "升级|策划|打造|建设|开展|新建|改造|举办";

    /// <summary><see cref="SoftFinishVerb"/> as a <see cref="WordList"/>.</summary>
    public static WordList SoftFinishVerbWords { get; } = new(Literals(SoftFinishPattern.Split('|')));

    /// <summary>
    /// The verbs a task's deliverable is read from, searched in one pass: <see cref="HardFinishVerbWords"/> (0, which
    /// decides on its own), <see cref="TitleVerbWords"/> (1), <see cref="SoftFinishVerbWords"/> (2).
    /// </summary>
    public static WordListSet FinishVerbWords { get; } = new(HardFinishVerbWords, TitleVerbWords, SoftFinishVerbWords);

    /// <summary>A list that ends in a category without a count ("…等文化活动"): examples of recurring work, not deliverables.</summary>
    [GeneratedRegex(@"等\S{0,6}(活动|工作|措施|举措|服务)$")]
    public static partial Regex OpenList();

    /// <summary>A clause that sets a direction rather than a finish line ("加快…建设", "深化…改革", "推进…").</summary>
    [GeneratedRegex("^(" + OpenDirectionPattern + ")")]
    public static partial Regex OpenDirection();

    private const string OpenDirectionPattern = "加快|深化|持续|推动|推进|加强|优化|完善|深入|大力|积极|坚持|不断|进一步|着力|鼓励|支持|发挥|促进|强化|提升|扩大|放大|构建|健全|探索|实施|落实|统筹|聚焦|围绕|主动|全力|全面|坚决|防范|用|让|把|以";

    /// <summary><see cref="OpenDirection"/> as a <see cref="WordList"/> (read at the start of a text with WordList.MatchAt).</summary>
    public static WordList OpenDirectionWords { get; } = new(Literals(OpenDirectionPattern.Split('|')));

    /// <summary>A completion rate of 100% ("完工率达到100%"): the measure it is about is done, whatever its wording.</summary>
    [GeneratedRegex(@"(完成|完工|建成|覆盖)率(达到?|为)?100%|全部完成|均已完成")]
    public static partial Regex FullRate();

    /// <summary>A stated share of the year's goal: "完成年度目标的76%", "占全年计划的52%", "年度任务完成率48%", "已完成80%".</summary>
    [GeneratedRegex(@"(完成|占)(了)?(年度|全年|年)[^,，。;；\d]{0,6}?(目标|任务|计划)(任务)?的?(?<share>\d{1,3}(\.\d+)?)%|(年度|全年)[^,，。;；\d]{0,6}?(目标|任务|计划)完成率(达到?|为)?(?<share>\d{1,3}(\.\d+)?)%|已完成(?<share>\d{1,2}(\.\d+)?)%")]
    public static partial Regex StatedShare();

    /// <summary>The name of an event or of recurring activities: holding it is the deliverable.</summary>
    [GeneratedRegex(@"(大赛|赛|大会|会|节|周|展|论坛|峰会|博览会|运动会|活动|演出|市集|快闪)$")]
    public static partial Regex EventNoun();

    /// <summary>"…等5个创新园": a list of names given as examples of a count.</summary>
    [GeneratedRegex(@"等\d")]
    public static partial Regex ExamplesOfCount();

    /// <summary>Dates in a clause ("2023年12月29日", "二季度"): framing, not a figure about the work.</summary>
    [GeneratedRegex(@"\d{4}年(底|末|初)?|\d{1,2}月(底|末|初|份)?|\d{1,2}[日号]|[一二三四]季度")]
    public static partial Regex Dates();

    /// <summary>A clause continuing the previous one's subject ("…主体施工,并通过竣工验收").</summary>
    [GeneratedRegex(@"^(并|且|同时|还|也|又|另)")]
    public static partial Regex Continuation();

    private static IEnumerable<WordForm> Literals(params string[] words) => words.Select(WordForm.Literal);

    /// <summary>Characters that carry no meaning of their own when comparing a deliverable with a report.</summary>
    public const string FunctionCharacters = "的和与及等了为对在并将把其中共各项个一些更多进步加快推动推进积极大力深入全面持续";
}
