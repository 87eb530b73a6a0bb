using System;
using Webex.Calling.Conference.Cli;

return await ConferenceCli.RunAsync(args, Console.Out, Console.Error);
