using System;
using Webex.Calling.Conference.Cli;

StartupProfile.Start(args, Environment.GetEnvironmentVariable);
return await ConferenceCli.RunAsync(args, Console.Out, Console.Error);
