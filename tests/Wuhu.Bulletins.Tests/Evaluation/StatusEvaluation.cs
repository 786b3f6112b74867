using System.Text;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Tests.Support;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Bulletins.Tests.Evaluation;

/// <summary>One hand label: the settled status of a task after two independent passes.</summary>
public sealed record StatusLabel(string Bulletin, int Number, TaskStatus Status, string Basis);

/// <summary>Agreement of the classifier with a labelled set, with its confusion matrix and the disagreements.</summary>
public sealed class StatusEvaluation
{
    private readonly List<(StatusLabel Label, BulletinTask Task)> pairs = [];

    public int Count => pairs.Count;
    public int Agreed => pairs.Count(p => p.Label.Status == p.Task.Status);
    public double Agreement => Count == 0 ? 0 : (double)Agreed / Count;

    public static IReadOnlyList<StatusLabel> ReadLabels(string path) =>
    [
        .. File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(line =>
        {
            var cells = line.Split('\t');
            return new StatusLabel(cells[0], int.Parse(cells[1]), Enum.Parse<TaskStatus>(cells[2], ignoreCase: true), cells[4]);
        }),
    ];

    public void Add(IEnumerable<StatusLabel> labels, Bulletin bulletin)
    {
        var byNumber = bulletin.Tasks.ToDictionary(t => t.Number);
        foreach (var label in labels)
        {
            pairs.Add((label, byNumber.TryGetValue(label.Number, out var task)
                ? task
                : throw new InvalidOperationException($"{label.Bulletin}: labelled task {label.Number} was not parsed")));
        }
    }

    public double Precision(TaskStatus status)
    {
        var predicted = pairs.Count(p => p.Task.Status == status);
        return predicted == 0 ? 1 : (double)pairs.Count(p => p.Task.Status == status && p.Label.Status == status) / predicted;
    }

    public double Recall(TaskStatus status)
    {
        var actual = pairs.Count(p => p.Label.Status == status);
        return actual == 0 ? 1 : (double)pairs.Count(p => p.Task.Status == status && p.Label.Status == status) / actual;
    }

    /// <summary>Rows: the label; columns: the classifier. Then every disagreement with both bases.</summary>
    public string Report()
    {
        var statuses = Enum.GetValues<TaskStatus>();
        var text = new StringBuilder();
        text.AppendLine($"agreement {Agreed}/{Count} = {Agreement:P1}");
        text.Append("label \\ classifier".PadRight(20));
        foreach (var s in statuses) text.Append(s.ToString().PadLeft(11));
        text.AppendLine();
        foreach (var row in statuses)
        {
            text.Append(row.ToString().PadRight(20));
            foreach (var column in statuses) text.Append(pairs.Count(p => p.Label.Status == row && p.Task.Status == column).ToString().PadLeft(11));
            text.AppendLine();
        }

        foreach (var s in statuses) text.AppendLine($"{s}: precision {Precision(s):P1}, recall {Recall(s):P1}");
        foreach (var (label, task) in pairs.Where(p => p.Label.Status != p.Task.Status))
        {
            text.AppendLine($"{label.Bulletin} #{label.Number}: label {label.Status} ({label.Basis}) / classifier {task.Status} [{task.StatusBasis?.Rule}] {task.StatusBasis?.Phrase}");
        }

        return text.ToString();
    }

    /// <summary>The labelled sets of the repository: its own samples always; the shared 2023 bulletin when present.</summary>
    public static StatusEvaluation RepoSamples()
    {
        var evaluation = new StatusEvaluation();
        var labels = ReadLabels(Path.Combine(EvaluationFolder, "labels-repo-samples.tsv"));
        foreach (var group in labels.GroupBy(l => l.Bulletin))
        {
            var file = Directory.GetFiles(SamplePaths.RepoSamples, group.Key + ".*").Single();
            evaluation.Add(group, BulletinParser.ParseFile(file));
        }

        return evaluation;
    }

    public static StatusEvaluation Shared2023()
    {
        var evaluation = new StatusEvaluation();
        evaluation.Add(ReadLabels(Path.Combine(EvaluationFolder, "labels-2023-annual.tsv")), BulletinParser.ParseFile(SamplePaths.SharedAnnual2023));
        return evaluation;
    }

    public static string EvaluationFolder => Path.Combine(SamplePaths.RepoRoot, "tests", "Wuhu.Bulletins.Tests", "Evaluation");
}
