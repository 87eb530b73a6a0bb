using System.IO;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Cli.Tests.Support;

/// <summary>
/// Captures a stream of the tool like a <see cref="StringWriter"/>, and lets a test await its first line
/// while the tool keeps running (<c>simulator serve</c>): signalled by the write that ends it, not polled.
/// </summary>
public sealed class FirstLineWriter : StringWriter
{
    private readonly TaskCompletionSource<string> _firstLine = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public FirstLineWriter() => NewLine = "\n";

    /// <summary>The first line, without its line ending, once written.</summary>
    public Task<string> FirstLine => _firstLine.Task;

    public override void WriteLine(string? value)
    {
        base.WriteLine(value);
        SignalFirstLine();
    }

    public override void WriteLine()
    {
        base.WriteLine();
        SignalFirstLine();
    }

    private void SignalFirstLine()
    {
        var text = GetStringBuilder().ToString();
        var end = text.IndexOf('\n', System.StringComparison.Ordinal);
        if (end >= 0)
        {
            _firstLine.TrySetResult(text[..end]);
        }
    }
}
