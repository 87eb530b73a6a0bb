using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using Webex.Calling.Conference.Http;
using Webex.Calling.Conference.Tests.Support;

namespace Webex.Calling.Conference.Tests;

/// <summary>The operation table generated from the spec, and the tag each generated method puts on its request.</summary>
public class ConferenceOperationsTests : ConferenceServerTest
{
    // The facts of conference-api.md: method, resource, where lineOwnerId goes on the user's paths, and
    // whether a failure that may have reached Webex can be repeated.
    private static readonly (string Name, string Method, string Resource, LineOwnerPlacement LineOwnerIn, bool Idempotent)[] Facts =
    [
        ("GetConferenceDetails", "GET", "", LineOwnerPlacement.Query, true),
        ("StartConference", "POST", "", LineOwnerPlacement.Body, false),
        ("ReleaseConference", "DELETE", "", LineOwnerPlacement.Query, true),
        ("AddParticipant", "POST", "/addParticipant", LineOwnerPlacement.Body, false),
        ("Mute", "POST", "/mute", LineOwnerPlacement.None, true),
        ("Unmute", "POST", "/unmute", LineOwnerPlacement.None, true),
        ("DeafenParticipant", "POST", "/deafen", LineOwnerPlacement.None, true),
        ("UndeafenParticipant", "POST", "/undeafen", LineOwnerPlacement.None, true),
        ("Hold", "POST", "/hold", LineOwnerPlacement.Query, true),
        ("Resume", "POST", "/resume", LineOwnerPlacement.Query, true),
        ("BargeIn", "POST", "/bargeIn", LineOwnerPlacement.None, false),
        ("SilentMonitor", "POST", "/silentMonitor", LineOwnerPlacement.None, false),
        ("SupervisorCoach", "POST", "/supervisorCoach", LineOwnerPlacement.None, false),
    ];

    private static readonly string[] SupervisorModes = ["BargeIn", "SilentMonitor", "SupervisorCoach"];

    [Test]
    public void The_table_has_the_36_operations_of_the_reference_as_it_defines_them()
    {
        var expected = new List<ConferenceOperation>();
        foreach (var (suffix, prefix) in new[] { ("", ""), ("ForMember", "/members/{memberId}"), ("ForMe", "/members/me") })
        {
            foreach (var (name, method, resource, lineOwnerIn, idempotent) in Facts.Where(f => suffix.Length > 0 || !SupervisorModes.Contains(f.Name)))
            {
                var path = "telephony/conference" + prefix + (prefix.Length > 0 && resource.Length == 0 ? "/conference" : resource);
                expected.Add(new ConferenceOperation(name + suffix, method, path, idempotent, suffix == "ForMember" ? LineOwnerPlacement.None : lineOwnerIn, ExpectsBody: method == "GET", DoneOnRepeat: method == "DELETE" ? 404 : null));
            }
        }

        // The spec may have more operations than the reference (Webex adds them): those are named, not refused.
        // Statuses are compared with the spec in The_documented_statuses_are_the_specs_responses.
        var rows = ConferenceOperations.All.Select(row => row with { DocumentedStatuses = null }).ToList();
        foreach (var extra in rows.Where(row => !expected.Contains(row)))
        {
            TestContext.Out.WriteLine($"{extra.Name}: in the spec, not in conference-api.md");
        }

        Assert.That(expected.Where(fact => !rows.Contains(fact)), Is.Empty);
    }

    [Test]
    public void The_documented_statuses_are_the_specs_responses()
    {
        var table = ConferenceOperations.All.ToDictionary(o => o.Name);
        Assert.Multiple(() =>
        {
            foreach (var operation in Contract.ContractOperation.All)
            {
                Assert.That(table[operation.Id].DocumentedStatuses, Is.EquivalentTo(operation.Statuses), operation.Id);
            }
        });
    }

    [Test]
    public async Task Every_public_method_tags_its_request_with_its_own_operation()
    {
        Server.Given(AnyOperation()).RespondWith(NoContent());
        var seen = new List<string>();
        var client = CreateClient(o => o.AttemptHandlers.Add(() => new OperationRecorder(seen)));
        await CallEveryOperationAsync(client);

        Assert.That(seen, Is.EqualTo(ConferenceOperations.All.Select(o => o.Name)));
        Assert.That(Server.Requests().Select(r => $"{r.Method} {r.Path}"), Is.EqualTo(ConferenceOperations.All.Select(o =>
            $"{o.Method} /v1/{o.PathTemplate.Replace("{memberId}", Contract.ContractCall.MemberId, StringComparison.Ordinal)}")));
    }

    [Test]
    public async Task After_a_503_exactly_the_operations_the_spec_declares_idempotent_are_sent_again()
    {
        Server.Given(AnyOperation()).RespondWith(Json(503, "{}").WithHeader("Retry-After", "0"));
        var client = CreateClient(o => o.MaxRetries = 1);

        await CallEveryOperationAsync(client);

        var sent = Server.Requests().GroupBy(r => $"{r.Method} {r.Path}").ToDictionary(g => g.Key, g => g.Count());
        Assert.That(ConferenceOperations.All.Select(o => (o.Name, sent[$"{o.Method} /v1/{o.PathTemplate.Replace("{memberId}", Contract.ContractCall.MemberId, StringComparison.Ordinal)}"])),
            Is.EqualTo(ConferenceOperations.All.Select(o => (o.Name, o.IsIdempotent ? 2 : 1))));
    }

    [Test]
    public async Task A_request_the_client_did_not_make_is_sent_once_after_a_503()
    {
        Server.Given(AnyOperation()).RespondWith(Json(503, "{}").WithHeader("Retry-After", "0"));
        using var http = Http.ConferencePipeline.CreateHttpClient(new ConferenceClientOptions { AccessToken = Token, BaseAddress = BaseAddress, TimeProvider = Clock });

        using var response = await http.GetAsync(new Uri("telephony/conference", UriKind.Relative));

        Assert.That((int)response.StatusCode, Is.EqualTo(503));
        Assert.That(Server.Requests(), Has.Count.EqualTo(1));
    }

    [Test]
    public void A_request_the_table_does_not_know_is_named_by_method_and_path_and_never_repeated()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("https://webexapis.com/v1/telephony/conference/hold"));

        var operation = ConferenceOperation.Of(request);

        Assert.That(operation.Name, Is.EqualTo("POST /v1/telephony/conference/hold"));
        Assert.That(operation.IsIdempotent, Is.False);
    }

    [Test]
    public void Telling_the_operation_of_a_tagged_request_allocates_nothing()
    {
        using var request = new ConferenceRequestMessage(HttpMethod.Post, new Uri("telephony/conference/hold", UriKind.Relative), ConferenceOperations.Hold);
        _ = ConferenceOperation.Of(request);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var operation = ConferenceOperation.Of(request);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(operation, Is.SameAs(ConferenceOperations.Hold));
        Assert.That(allocated, Is.Zero);
    }

    // Every public method once, in the spec's order (the table's), each with valid arguments read from
    // the spec; a refusal from the server is an answer like any other here.
    private static async Task CallEveryOperationAsync(ConferenceControlsClient client)
    {
        foreach (var operation in Contract.ContractOperation.All)
        {
            await Answered(Contract.ContractCall.With(operation, boundary: null).InvokeAsync(client));
        }
    }

    private static async Task Answered(Task call)
    {
        try
        {
            await call;
        }
        catch (ConferenceApiException)
        {
        }
    }

    // Sees every attempt, after the token is set, as a user's handler would.
    private sealed class OperationRecorder(List<string> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Add(ConferenceOperation.Of(request).Name);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
