// The tests see the whole package, as its users do: one global using per namespace (the
// InvariantGlobalization tests link this file with the formatting tests they share).
global using IkmDomain;
global using IkmDomain.Businesses;
global using IkmDomain.Classifications;
global using IkmDomain.Common;
global using IkmDomain.Crafts;
global using IkmDomain.Exports;
global using IkmDomain.Feeds;
global using IkmDomain.Regions;
global using IkmDomain.Testing;
global using IkmDomain.Validation;
