namespace TipLine.Application.Deadlines;

/// <summary>The two deadlines every tip carries (EU Directive 2019/1937 art. 9).</summary>
public enum DeadlineKind
{
    Acknowledgement = 1,
    Feedback = 2,
}
