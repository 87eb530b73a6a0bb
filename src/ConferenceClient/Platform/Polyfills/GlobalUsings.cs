// netstandard2.0 only: the polyfills are in scope everywhere, so the shared code needs no using of its own.
global using Webex.Calling.Conference.Platform.Polyfills;
