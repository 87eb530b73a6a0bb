namespace Webex.Calling.Conference;

public partial class ConferenceDetails
{
    /// <summary>
    /// False when the server said there is no conference (<c>{}</c>, an empty body or 204): the answer
    /// has no field at all. Any field, known or not (participants without a state, say), is a conference.
    /// </summary>
    [Newtonsoft.Json.JsonIgnore]
    [System.Text.Json.Serialization.JsonIgnore]
    public bool HasConference => HasAnyField;
}
