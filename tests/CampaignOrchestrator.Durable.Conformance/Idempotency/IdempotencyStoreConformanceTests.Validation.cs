using System.Text;
using CampaignOrchestrator.Durable.Backend;

namespace CampaignOrchestrator.Durable.Conformance;

/// <summary>Keys and result size: every backend rejects the same inputs.</summary>
public abstract partial class IdempotencyStoreConformanceTests
{
    public static TheoryData<string> InvalidKeys { get; } =
    [
        "",
        " ",
        "\t\n",
        new string('k', IdempotencyLimits.MaxKeyLength + 1),
    ];

    public static TheoryData<string> Operations { get; } = ["begin", "complete", "read", "release", "forget"];

    [Theory]
    [MemberData(nameof(InvalidKeys))]
    public async Task AllOperations_InvalidKey_ThrowArgumentExceptionStatingTheRule(string key)
    {
        foreach (var operation in Operations)
        {
            var error = await Assert.ThrowsAsync<ArgumentException>(() => Run(operation, key));

            Assert.Equal("key", error.ParamName);
            Assert.Contains("1 to 512 characters", error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_NullKey_ThrowsArgumentNullException(string operation)
    {
        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => Run(operation, null!));

        Assert.Equal("key", error.ParamName);
    }

    [Fact]
    public async Task BeginAsync_KeyAtMaximumLength_IsAccepted()
    {
        var key = new string('k', IdempotencyLimits.MaxKeyLength - 8) + Key[^8..];

        Assert.Equal(IdempotencyState.NeverCalled, (await Store.BeginAsync(key)).State);
        Assert.Equal(key, (await Store.ReadAsync(key))?.Key);
    }

    [Fact]
    public async Task CompleteAsync_ResultOverLimitAsUtf8_ThrowsAndLeavesCallInProgress()
    {
        await Store.BeginAsync(Key);
        var twoBytesEach = new string('é', (IdempotencyLimits.MaxResultBytes / 2) + 1);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.CompleteAsync(Key, twoBytesEach));

        Assert.Equal("result", error.ParamName);
        Assert.Contains($"{Encoding.UTF8.GetByteCount(twoBytesEach)} bytes", error.Message, StringComparison.Ordinal);
        Assert.Contains("1 MiB", error.Message, StringComparison.Ordinal);
        Assert.Equal(IdempotencyState.InProgress, (await Store.ReadAsync(Key))?.State);
    }

    private Task Run(string operation, string key) => operation switch
    {
        "begin" => Store.BeginAsync(key),
        "complete" => Store.CompleteAsync(key, BatchResult),
        "read" => Store.ReadAsync(key),
        "release" => Store.ReleaseAsync(key),
        "forget" => Store.ForgetAsync(key),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Unknown operation."),
    };
}
