using CampaignOrchestrator.Benchmarks;

return await BenchmarkRunner.RunAsync(args);
