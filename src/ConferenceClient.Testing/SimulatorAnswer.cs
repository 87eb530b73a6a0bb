using System.Collections.Generic;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Webex.Calling.Conference.Testing;

/// <summary>An answer of the simulator, written with a tracking ID in header and (for an error) body.</summary>
internal sealed record SimulatorAnswer(int Status, string? Body, IReadOnlyDictionary<string, string>? ExtraHeaders = null)
{
    public static SimulatorAnswer NoContent { get; } = new(204, null);

    public static SimulatorAnswer Unauthorized { get; } =
        Error(401, "The request requires a valid access token set in the Authorization request header.", 401000);

    public static SimulatorAnswer TooLarge { get; } =
        Error(413, $"The request body is larger than {ConferenceSimulator.MaxRequestBodyBytes / 1024} KiB.", 413000);

    public static SimulatorAnswer Json(JsonNode body) => new(200, body.ToJsonString());

    /// <summary>A success status, with a JSON body when there is one (JSON null is no body).</summary>
    public static SimulatorAnswer Success(int status, JsonNode? body) => new(status, body?.ToJsonString());

    /// <summary>A Webex-shaped error; the tracking ID is filled in when the answer is sent.</summary>
    public static SimulatorAnswer Error(int status, string message, int errorCode, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, Body: null, headers) { ErrorMessage = message, ErrorCode = errorCode };

    /// <summary>The message of a Webex error answer; null for an answer that is not an error.</summary>
    public string? ErrorMessage { get; init; }

    public int ErrorCode { get; init; }

    public async Task WriteAsync(HttpResponse response, string trackingId)
    {
        var body = ErrorMessage is not null
            ? new JsonObject
            {
                ["message"] = ErrorMessage,
                ["errors"] = new JsonArray(new JsonObject { ["description"] = ErrorMessage, ["errorCode"] = ErrorCode }),
                ["trackingId"] = trackingId,
                ["errorCode"] = ErrorCode,
            }.ToJsonString()
            : Body;

        response.StatusCode = Status;
        response.Headers["TrackingID"] = trackingId;
        foreach (var (name, value) in ExtraHeaders ?? new Dictionary<string, string>())
        {
            response.Headers[name] = value;
        }

        if (body is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            response.ContentType = "application/json";
            response.ContentLength = bytes.Length;
            await response.Body.WriteAsync(bytes).ConfigureAwait(false);
        }
    }
}
