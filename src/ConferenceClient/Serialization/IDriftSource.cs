namespace Webex.Calling.Conference.Serialization;

/// <summary>
/// A generated model (Class.liquid) that can say what it holds beyond the spec: its unknown fields, its
/// enum values the spec does not list, its required fields that were left out, and the same of the
/// models it holds. Implemented explicitly, so it stays out of the models' public surface.
/// </summary>
internal interface IDriftSource
{
    /// <param name="findings">Where to add what is found.</param>
    /// <param name="path">This model's place in the answer: empty at the root, <c>participants[].</c> for an item.</param>
    void CollectDrift(DriftFindings findings, string path);
}

/// <summary>
/// A generated model with fields the spec requires: whether one of them was missing from the JSON it was
/// read from. The client's contract resolver asks it after reading each such object, and marks the
/// answer (<see cref="DriftMarks"/>) when one is.
/// </summary>
internal interface IRequiredFields
{
    bool LacksRequiredField { get; }
}
