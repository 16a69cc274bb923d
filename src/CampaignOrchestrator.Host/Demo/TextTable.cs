namespace CampaignOrchestrator.Host.Demo;

/// <summary>A plain-text table: a header, rows, columns padded to their widest cell, numbers aligned right.</summary>
/// <param name="headers">The column headers; a header starting with <c>&gt;</c> makes its column right-aligned (the mark is not shown).</param>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    /// <summary>Adds a row.</summary>
    /// <param name="cells">One cell per column.</param>
    /// <returns>The table.</returns>
    public TextTable Add(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"A row needs {headers.Length} cells (was {cells.Length}).", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    /// <summary>Writes the table, each line indented.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="indent">The indentation.</param>
    public void WriteTo(DemoOutput output, string indent = "  ")
    {
        ArgumentNullException.ThrowIfNull(output);
        var right = headers.Select(header => header.StartsWith('>')).ToArray();
        var titles = headers.Select(header => header.TrimStart('>')).ToArray();
        var widths = titles.Select((title, column) => _rows.Select(row => row[column].Length).Append(title.Length).Max()).ToArray();
        output.Line(indent + Format(titles));
        output.Line(indent + string.Join("  ", widths.Select(width => new string('-', width))));
        foreach (var row in _rows)
        {
            output.Line(indent + Format(row));
        }

        string Format(string[] cells) =>
            string.Join("  ", cells.Select((cell, column) => right[column] ? cell.PadLeft(widths[column]) : cell.PadRight(widths[column]))).TrimEnd();
    }
}
