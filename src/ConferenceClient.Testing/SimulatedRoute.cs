namespace Webex.Calling.Conference.Testing;

/// <summary>What a request asks for: the operation, and whose conference (a member, <c>me</c>, or null for the user's own paths).</summary>
internal readonly record struct SimulatedRoute(SimulatedOperation Operation, string? MemberId)
{
    /// <summary>A member of the organisation, as opposed to the user (own paths or <c>members/me</c>).</summary>
    public bool IsOtherMember => MemberId is not null and not "me";
}
