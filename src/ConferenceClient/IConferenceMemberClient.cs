namespace Webex.Calling.Conference;

/// <summary>
/// The conference of one member of an organisation (a person, workspace or virtual line), for an
/// administrator's Service App (<c>telephony/conference/members/{memberId}</c>; scopes
/// <c>spark-admin:calls_read</c> and <c>spark-admin:calls_write</c>). The same guards, errors and
/// retries as <see cref="IConferenceControlsClient"/>, without line owners, plus the supervisor modes.
/// Generated from the spec; get one from <see cref="IConferenceControlsClient.ForMember"/>.
/// </summary>
public partial interface IConferenceMemberClient;
