using TipLine.Bench.Intake;

// intake-load: the client side of bench/intake/run.sh. Each command measures one thing against one server that the
// script started, and appends its result to a JSON-lines file that `report` turns into Markdown tables.
try
{
    var options = CommandLineOptions.Parse(args.Skip(1));
    switch (args.FirstOrDefault())
    {
        case "throughput":
            await ThroughputCommand.RunAsync(options);
            return 0;
        case "upload":
            await UploadCommand.RunAsync(options);
            return 0;
        case "report":
            ResultsReport.Print(ResultsFile.ReadAll(options.Text("results")), Console.Out);
            return 0;
        case "free-port":
            Console.WriteLine(LoopbackPort.FindFree());
            return 0;
        default:
            await Console.Error.WriteLineAsync("usage: intake-load throughput|upload|report|free-port --option value ... (see bench/intake/README.md)");
            return 2;
    }
}
catch (BenchException failure)
{
    await Console.Error.WriteLineAsync("intake-load: " + failure.Message);
    return 1;
}
