using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/ConferenceClient.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
