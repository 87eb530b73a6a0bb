namespace Webex.Calling.Conference;

/// <summary>
/// The conference of the token's own user through <c>telephony/conference/members/me</c> (the
/// documentation names no scope): the operations of <see cref="IConferenceControls"/>, with
/// <c>lineOwnerId</c> placed and defaulted as on the bare paths, plus those only members/me has, such as
/// the supervisor modes. Generated from the spec; get one from <see cref="IConferenceControlsClient.ForMe"/>.
/// </summary>
public partial interface IConferenceMeClient;
