using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace Webex.Calling.Conference.Testing;

/// <summary>An answer of the simulator, turned into a WireMock response with a tracking ID in header and body.</summary>
internal sealed record SimulatorAnswer(int Status, string? Body, IReadOnlyDictionary<string, string>? ExtraHeaders = null)
{
    public static SimulatorAnswer NoContent { get; } = new(204, null);

    public static SimulatorAnswer Json(JsonNode body) => new(200, body.ToJsonString());

    /// <summary>A Webex-shaped error; the tracking ID is filled in when the answer is sent.</summary>
    public static SimulatorAnswer Error(int status, string message, int errorCode, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, Body: null, headers) { ErrorMessage = message, ErrorCode = errorCode };

    /// <summary>The message of a Webex error answer; null for an answer that is not an error.</summary>
    public string? ErrorMessage { get; init; }

    public int ErrorCode { get; init; }

    public IResponseMessage ToResponse(string trackingId)
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

        var response = new ResponseMessage { StatusCode = Status };
        response.AddHeader("TrackingID", trackingId);
        foreach (var (name, value) in ExtraHeaders ?? new Dictionary<string, string>())
        {
            response.AddHeader(name, value);
        }

        if (body is not null)
        {
            response.AddHeader("Content-Type", "application/json");
            response.BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String, Encoding = System.Text.Encoding.UTF8 };
        }

        return response;
    }
}
