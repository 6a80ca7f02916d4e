using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Parley.Formats.Json;

namespace Parley.Web.Api;

/// <summary>Reads a JSON request body within the size limit; errors name the field or say the body is too large.</summary>
public static class RequestBody
{
    /// <summary>The largest body accepted (1 MiB); more gets 413.</summary>
    public const int MaxBytes = 1 << 20;

    /// <summary>The body as <typeparamref name="T"/>, or the error result to return (400 naming the field, or 413).</summary>
    public static async Task<(T? Value, IResult? Error)> ReadJson<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        var bytes = await ReadLimited(request, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return (null, TooLarge());
        }
        if (bytes.Length == 0)
        {
            return (null, Results.BadRequest(new ApiError("the request body is empty: send a JSON object")));
        }
        try
        {
            var value = JsonSerializer.Deserialize<T>(bytes, JsonConventions.Options);
            return value is null ? (null, Results.BadRequest(new ApiError("the request body is null: send a JSON object"))) : (value, null);
        }
        catch (JsonException ex)
        {
            var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "the body" : $"field '{ex.Path.TrimStart('$', '.')}'";
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, byte {ex.BytePositionInLine + 1})" : "";
            return (null, Results.BadRequest(new ApiError($"malformed JSON in {field}{where}: {Reason(ex)}")));
        }
    }

    /// <summary>The 413 answer.</summary>
    public static IResult TooLarge() => Results.Json(new ApiError($"the request body is larger than {MaxBytes} bytes"), statusCode: StatusCodes.Status413PayloadTooLarge);

    private static string Reason(JsonException ex) =>
        ex.InnerException is FormatException or InvalidOperationException or OverflowException
            ? "the value has the wrong type or is out of range"
            : "check the JSON syntax and the field types";

    private static async Task<byte[]?> ReadLimited(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return null;
        }
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBytes;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    return null;
                }
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        return buffer.ToArray();
    }
}
