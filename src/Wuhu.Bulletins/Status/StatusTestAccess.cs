// The word lists (WordList) are checked against the regexes that specify them, which needs their internals.
[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Wuhu.Bulletins.Tests")]
