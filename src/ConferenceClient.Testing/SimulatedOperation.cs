namespace Webex.Calling.Conference.Testing;

/// <summary>
/// The Conference Controls operations the simulator serves: the ten of the calling user, also under
/// <c>members/{memberId}</c> and <c>members/me</c>, and there the three supervisor modes.
/// </summary>
public enum SimulatedOperation
{
    /// <summary><c>GET telephony/conference</c>.</summary>
    GetConferenceDetails,

    /// <summary><c>POST telephony/conference</c>.</summary>
    StartConference,

    /// <summary><c>DELETE telephony/conference</c>.</summary>
    ReleaseConference,

    /// <summary><c>POST telephony/conference/addParticipant</c>.</summary>
    AddParticipant,

    /// <summary><c>POST telephony/conference/mute</c>.</summary>
    Mute,

    /// <summary><c>POST telephony/conference/unmute</c>.</summary>
    Unmute,

    /// <summary><c>POST telephony/conference/deafen</c>.</summary>
    DeafenParticipant,

    /// <summary><c>POST telephony/conference/undeafen</c>.</summary>
    UndeafenParticipant,

    /// <summary><c>POST telephony/conference/hold</c>.</summary>
    Hold,

    /// <summary><c>POST telephony/conference/resume</c>.</summary>
    Resume,

    /// <summary><c>POST telephony/conference/members/{memberId|me}/bargeIn</c>.</summary>
    BargeIn,

    /// <summary><c>POST telephony/conference/members/{memberId|me}/silentMonitor</c>.</summary>
    SilentMonitor,

    /// <summary><c>POST telephony/conference/members/{memberId|me}/supervisorCoach</c>.</summary>
    SupervisorCoach,
}
