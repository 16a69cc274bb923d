namespace CampaignOrchestrator.Durable.AzureStorage.Tests.Partitions;

public sealed class PartitionHashTests
{
    [Theory]
    [InlineData("", 0x811C9DC5u)]
    [InlineData("a", 0xE40C292Cu)]
    [InlineData("foobar", 0xBF9CF968u)]
    public void Fnv1a_KnownVectors_MatchTheReferenceValues(string text, uint expected) =>
        Assert.Equal(expected, PartitionHash.Fnv1a(text));

    [Fact]
    public void PartitionOf_SameId_IsTheSameInEveryProcessAndRun()
    {
        // Frozen values: a change here would send running instances' messages to another control queue.
        Assert.Equal(PartitionHash.Fnv1a("campaign-run-42") % 4, (uint)PartitionHash.PartitionOf("campaign-run-42", 4));
        Assert.Equal(0xBF9CF968u % 16, (uint)PartitionHash.PartitionOf("foobar", 16));
    }

    [Fact]
    public void PartitionOf_ManyIds_SpreadsOverEveryPartition()
    {
        var partitions = Enumerable.Range(0, 200).Select(i => PartitionHash.PartitionOf($"instance-{i}", 4)).ToList();

        Assert.Equal([0, 1, 2, 3], partitions.Distinct().Order());
        Assert.All(partitions.GroupBy(p => p), group => Assert.InRange(group.Count(), 25, 75));
    }

    [Fact]
    public void PartitionOf_NonAsciiId_HashesItsUtf8Bytes() =>
        Assert.Equal(PartitionHash.Fnv1a("é") % 4, (uint)PartitionHash.PartitionOf("é", 4));
}
