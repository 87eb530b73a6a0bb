namespace Webex.Calling.Conference;

public partial class ConferenceDetails
{
    /// <summary>
    /// False when the server said there is no conference (<c>{}</c>, an empty body or 204); every
    /// conference has a <see cref="State"/>, even one this client does not know yet.
    /// </summary>
    [Newtonsoft.Json.JsonIgnore]
    [System.Text.Json.Serialization.JsonIgnore]
    public bool HasConference => State is not null;
}
