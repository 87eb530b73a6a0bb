namespace Webex.Calling.Conference;

/// <summary>
/// The Conference Controls operations on one user's conference, generated from the spec's
/// <c>telephony/conference</c> paths. Operations that take a <c>lineOwnerId</c> act on a secondary line
/// (a user, workspace or virtual line) instead of the user's own; when it is null, the client's default
/// line owner (if any) is used. Every failure from the server is a <see cref="ConferenceApiException"/>.
/// Both the bare paths (<see cref="IConferenceControlsClient"/>) and the <c>members/me</c> paths
/// (<see cref="IConferenceMeClient"/>) offer them.
/// </summary>
public partial interface IConferenceControls;
