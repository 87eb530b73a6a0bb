using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace Webex.Calling.Conference.Tests.Contract;

/// <summary>
/// One call of an operation, with a valid value for each required parameter and one boundary in place:
/// made through the library's public method for its scope, or as the raw request the spec describes.
/// </summary>
internal sealed class ContractCall
{
    public const string MemberId = "agent-7";
    public const string LineOwnerId = "front-desk";

    private ContractCall(ContractOperation operation, IReadOnlyDictionary<string, object> values)
    {
        Operation = operation;
        Values = values;
    }

    public ContractOperation Operation { get; }

    /// <summary>The value of each parameter sent, by name; a parameter left out is not there.</summary>
    public IReadOnlyDictionary<string, object> Values { get; }

    /// <summary>Every required parameter valid, lineOwnerId and memberId given where the operation takes them, and the boundary's value (or its absence).</summary>
    public static ContractCall With(ContractOperation operation, Boundary? boundary)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var parameter in operation.Parameters)
        {
            if (boundary?.Parameter == parameter)
            {
                if (boundary.Value != Boundary.Missing)
                {
                    values[parameter.Name] = boundary.Value!;
                }
            }
            else if (parameter.Name == "lineOwnerId")
            {
                values[parameter.Name] = LineOwnerId;
            }
            else if (parameter.Name == "memberId")
            {
                values[parameter.Name] = MemberId;
            }
            else if (parameter.Required)
            {
                values[parameter.Name] = Boundary.ValidValue(parameter.Schema);
            }
        }

        return new ContractCall(operation, values);
    }

    /// <summary>
    /// Calls the operation's public method: on the client for the user's paths, on ForMember(memberId,
    /// orgId) or ForMe(). A guard that refuses a value throws from here, before anything is sent.
    /// </summary>
    public async Task<object?> InvokeAsync(ConferenceControlsClient client)
    {
        object target = Operation.Scope switch
        {
            ContractScope.Member => client.ForMember((string?)Values.GetValueOrDefault("memberId")!, (string?)Values.GetValueOrDefault("orgId")),
            ContractScope.Me => client.ForMe(),
            _ => client,
        };
        var method = PublicMethod();
        var arguments = method.GetParameters().Select(p => p.ParameterType == typeof(CancellationToken) ? CancellationToken.None : Argument(p)).ToArray();
        Task task;
        try
        {
            task = (Task)method.Invoke(target, arguments)!;
        }
        catch (TargetInvocationException invocation) when (invocation.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(invocation.InnerException).Throw();
            throw;
        }

        await task;
        return task.GetType().GetProperty("Result")?.GetValue(task);
    }

    /// <summary>The method of the operation's public name on its scope's interface.</summary>
    public MethodInfo PublicMethod()
    {
        var scopeInterface = Operation.Scope switch
        {
            ContractScope.Member => typeof(IConferenceMemberClient),
            ContractScope.Me => typeof(IConferenceMeClient),
            _ => typeof(IConferenceControls),
        };
        return new[] { scopeInterface }.Concat(scopeInterface.GetInterfaces())
            .Select(i => i.GetMethod(Operation.PublicName + "Async"))
            .FirstOrDefault(m => m is not null)
            ?? throw new InvalidOperationException($"{Operation.Id}: no public method {Operation.PublicName}Async on {scopeInterface.Name}");
    }

    /// <summary>The path with its parameters escaped, and the query the call carries.</summary>
    public string Target()
    {
        var path = Operation.Path;
        foreach (var parameter in Operation.Parameters.Where(p => p.In == "path"))
        {
            path = path.Replace("{" + parameter.Name + "}", Uri.EscapeDataString((string?)Values.GetValueOrDefault(parameter.Name) ?? ""), StringComparison.Ordinal);
        }

        var query = Operation.Parameters.Where(p => p.In == "query" && Values.ContainsKey(p.Name))
            .Select(p => $"{p.Name}={Uri.EscapeDataString(Convert.ToString(Values[p.Name], System.Globalization.CultureInfo.InvariantCulture)!)}");
        return "/v1" + path + (query.Any() ? "?" + string.Join("&", query) : "");
    }

    /// <summary>The JSON body the call carries; null for an operation without one.</summary>
    public JsonObject? Body()
    {
        var body = Operation.Parameters.Where(p => p.In == "body").ToList();
        return body.Count == 0 ? null
            : new JsonObject(body.Where(p => Values.ContainsKey(p.Name)).Select(p => KeyValuePair.Create(p.Name, Json(Values[p.Name]))));
    }

    private static JsonNode? Json(object value) => value switch
    {
        string[] items => new JsonArray([.. items.Select(i => (JsonNode?)JsonValue.Create(i))]),
        string text => JsonValue.Create(text),
        long number => JsonValue.Create(number),
        bool flag => JsonValue.Create(flag),
        _ => throw new NotSupportedException(value.GetType().Name),
    };

    // The value for a method parameter of that name: converted to its type (an extensible enum from its
    // text), null when the call leaves it out.
    private object? Argument(ParameterInfo parameter)
    {
        if (!Values.TryGetValue(parameter.Name!, out var value))
        {
            return null;
        }

        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return value switch
        {
            string text when type != typeof(string) && type.GetConstructor([typeof(string)]) is { } fromText => fromText.Invoke([text]),
            long number when type == typeof(int) => (int)number,
            _ => value,
        };
    }
}
