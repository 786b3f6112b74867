using System.Runtime.Versioning;

// The bicep binary these tests run comes from the linux-x64 package, and the hook tests run /bin/sh.
[assembly: SupportedOSPlatform("linux")]
