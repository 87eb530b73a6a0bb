using System;
using Webex.Calling.Conference.SpecDiff;

return SpecDiffCommand.Run(args, Console.Out, Console.Error, Environment.CurrentDirectory);
