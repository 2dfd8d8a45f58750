using JudgeEval.Engine.Cli;

return CommandLine.Run(args, Console.Out, Console.Error);
