global using IkmDomain.Businesses;
global using IkmDomain.Classifications;
global using IkmDomain.Crafts;
global using IkmDomain.Exports;
global using IkmDomain.Regions;
global using IkmDomain.TestSupport;
