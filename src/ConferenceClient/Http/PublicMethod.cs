using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Http;

/// <summary>Whose conference an operation acts on, from its path.</summary>
internal enum OperationScope
{
    /// <summary>The user's own paths, on <see cref="IConferenceControlsClient"/>.</summary>
    User,

    /// <summary>members/{memberId}/…, on the client <see cref="IConferenceControlsClient.ForMember"/> returns.</summary>
    Member,

    /// <summary>members/me/…, on the client <see cref="IConferenceControlsClient.ForMe"/> returns.</summary>
    Me,
}

/// <summary>
/// Calls an operation's public method with <paramref name="arguments"/>, one per parameter of
/// <see cref="PublicMethod.Parameters"/> in its order (a string, an <c>IEnumerable&lt;string&gt;</c>, a bool, an
/// integer as a long, or null for one not given), so the method's own guards run first; the result for
/// an operation with one, else null.
/// </summary>
internal delegate Task<object?> PublicMethodInvoker(IConferenceControlsClient client, IReadOnlyList<object?> arguments, CancellationToken cancellationToken);

/// <summary>
/// The public method of an operation as the generated table describes it, so that a caller such as the
/// command-line tool can offer every operation without code of its own per operation.
/// </summary>
/// <param name="Name">The public name: the operationId without ForMember or ForMe, and without Async.</param>
/// <param name="Scope">Which client has the method.</param>
/// <param name="Summary">The spec's summary.</param>
/// <param name="Description">The spec's description.</param>
/// <param name="Parameters">
/// The scope's held parameters first (memberId and orgId, which <see cref="IConferenceControlsClient.ForMember"/>
/// takes), then the method's in signature order, lineOwnerId last where it takes one.
/// </param>
/// <param name="Invoke">Calls the method.</param>
internal sealed record PublicMethod(
    string Name,
    OperationScope Scope,
    string Summary,
    string Description,
    IReadOnlyList<PublicParameter> Parameters,
    PublicMethodInvoker Invoke)
{
    /// <summary>The answer of an operation with a result, as the invoker returns it.</summary>
    internal static async Task<object?> Result<T>(Task<T> call) => await call.ConfigureAwait(false);

    /// <summary>The end of an operation without a result: null.</summary>
    internal static async Task<object?> NoResult(Task call)
    {
        await call.ConfigureAwait(false);
        return null;
    }
}
