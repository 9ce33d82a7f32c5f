#:project ../../src/IkmDomain/IkmDomain.csproj
#:property TargetFramework=net10.0
#:property IkmDevSingleTarget=true
#:property WarningsAsErrors=
#:property TreatWarningsAsErrors=false
#:property NoWarn=$(NoWarn);IL2026;IL3050;CS8321

// Writes the embedded sample of `ikm demo` (src/IkmDomain.Cli/Demo/): 60 made-up craft businesses in
// 16 provinces (demo-businesses.json) and 560 made-up products across every craft material
// (demo-products.csv), deterministically (a fixed seed), with real Kemendagri region codes looked up in
// the library's own directory. A few records are invalid on purpose so the demo shows the validators
// at work: a 12-digit NIB, a region code that does not exist, a price written 150.000 (IKM130),
// a negative price, an unknown material, an ftp image link, a missing title.
// Every name, NIB, NPWP, phone number and address is invented.
//
// Usage (from the repository root, .NET 10 SDK): dotnet run eng/demo/generate-demo-data.cs

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IkmDomain.Businesses;
using IkmDomain.Classifications;
using IkmDomain.Regions;

var inv = CultureInfo.InvariantCulture;
var random = new Random(20261130);
var directory = RegionDirectory.Default;
var outDir = Path.Combine("src", "IkmDomain.Cli", "Demo");

// Craft centres: a regency (or city) each, in 16 provinces, with what they are known for.
(string Place, string[] Materials)[] centres =
[
    ("Jepara", ["wood", "bamboo"]), ("Kota Pekalongan", ["textiles"]), ("Bantul", ["ceramics", "leather", "natural-fibre"]),
    ("Gianyar", ["wood", "stone", "precious-metal"]), ("Tasikmalaya", ["natural-fibre", "bamboo", "paper"]),
    ("Cirebon", ["rattan", "glass"]), ("Sumba Timur", ["textiles"]), ("Lombok Tengah", ["ceramics", "textiles"]),
    ("Toraja Utara", ["wood", "textiles"]), ("Kota Palembang", ["textiles", "wood"]), ("Tanah Datar", ["textiles", "metal"]),
    ("Kota Samarinda", ["textiles", "rattan"]), ("Kota Banjarmasin", ["precious-metal", "natural-fibre"]),
    ("Kota Medan", ["leather", "metal"]), ("Kota Pontianak", ["shell", "bone-and-horn"]), ("Kota Bandar Lampung", ["textiles", "paper"]),
    ("Sidoarjo", ["leather"]), ("Kudus", ["wood", "textiles"]), ("Kota Ambon", ["shell"]), ("Kota Jayapura", ["bone-and-horn", "wood"]),
];

string[] firstWords = ["Karya", "Sinar", "Mekar", "Cahaya", "Putra", "Sari", "Tunas", "Bintang", "Lestari", "Rumah", "Sanggar", "Griya"];
string[] secondWords = ["Nusantara", "Abadi", "Mandiri", "Jaya", "Makmur", "Asri", "Kencana", "Sejahtera", "Indah", "Pusaka", "Anugerah", "Bersama"];
var nouns = new Dictionary<string, string[]>
{
    ["wood"] = ["Kursi ukir", "Meja sudut", "Patung", "Nampan", "Kotak perhiasan"],
    ["metal"] = ["Lampu gantung", "Pisau tempa", "Gong kecil", "Hiasan dinding"],
    ["leather"] = ["Tas kulit", "Dompet", "Sabuk", "Sepatu"],
    ["glass"] = ["Vas kaca", "Lampu kaca", "Gelas tiup"],
    ["ceramics"] = ["Vas gerabah", "Guci", "Piring keramik", "Pot tanah liat"],
    ["textiles"] = ["Kain tenun", "Selendang", "Kain batik", "Sarung songket"],
    ["bamboo"] = ["Keranjang bambu", "Tirai bambu", "Lampu bambu"],
    ["rattan"] = ["Kursi rotan", "Keranjang rotan", "Ayunan rotan"],
    ["natural-fibre"] = ["Tas anyaman pandan", "Tikar mendong", "Topi purun"],
    ["stone"] = ["Patung batu", "Cobek batu", "Air mancur batu"],
    ["shell"] = ["Bingkai kerang", "Lampu kerang", "Kalung kerang"],
    ["bone-and-horn"] = ["Sisir tanduk", "Gagang tanduk", "Liontin tulang"],
    ["paper"] = ["Payung kertas", "Buku daur ulang", "Lampion"],
    ["precious-metal"] = ["Cincin perak", "Bros filigri", "Gelang perak"],
};
var techniques = new Dictionary<string, string>
{
    ["wood"] = "carving", ["textiles"] = "weaving", ["ceramics"] = "pottery", ["metal"] = "forging",
    ["natural-fibre"] = "plaiting", ["rattan"] = "plaiting", ["bamboo"] = "plaiting", ["precious-metal"] = "forging",
};

T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

string Nib() => "91" + random.NextInt64(10_000_000_000, 99_999_999_999).ToString(inv);

string NewNpwp()
{
    var firstEight = (ulong)random.NextInt64(10_000_000, 99_999_999);
    return string.Create(inv, $"{firstEight:D8}{Npwp.ComputeCheckDigit(firstEight)}{random.Next(100, 999)}000");
}

var businesses = new JsonArray();
var makers = new List<(string Nib, string Name, RegionCode District, string[] Materials)>();
var provinces = new HashSet<RegionCode>();
for (var i = 0; i < 60; i++)
{
    var (place, materials) = centres[i % centres.Length];
    var regency = directory.Search(place, RegionLevel.Regency, 1).Single();
    provinces.Add(regency.Code.Province);
    var district = Pick(directory.ChildrenOf(regency.Code)).Code;
    var name = $"{Pick(firstWords)} {Pick(secondWords)} {Town(regency.Name)}";
    var nib = Nib();
    var workers = random.Next(2, 60);
    var capital = random.Next(5, 400) * 10_000_000L;
    var business = new JsonObject
    {
        ["nib"] = nib,
        ["name"] = name,
        ["legalForm"] = Pick(new[] { "Perseorangan", "CV", "Koperasi", "PT" }),
        ["npwp"] = NewNpwp(),
        ["kbliCodes"] = new JsonArray(CraftMaterial.Parse(materials[0]).KbliCodes.Take(1).Select(k => (JsonNode)k).ToArray()),
        ["region"] = district.ToString(),
        ["streetAddress"] = $"Jl. {Pick(secondWords)} No. {random.Next(1, 200)}",
        ["phone"] = "+628" + random.NextInt64(1_100_000_000, 1_999_999_999).ToString(inv),
        ["foundedYear"] = random.Next(1975, 2024),
        ["workers"] = workers,
        ["capital"] = $"IDR {capital}",
        ["annualSales"] = $"Rp{random.Next(2, 90) * 100} juta",
        ["materials"] = new JsonArray(materials.Select(m => (JsonNode)m).ToArray()),
    };

    // Invalid on purpose: a 12-digit NIB, a region that does not exist.
    if (i == 17)
    {
        business["nib"] = nib[..12];
    }
    else if (i == 41)
    {
        business["region"] = regency.Code + ".99";
    }

    businesses.Add((JsonNode)business);
    makers.Add((nib, name, district, materials));
}

var products = new StringBuilder("sku,title,description,materials,technique,price,currency,availability,stockQuantity,weight,dimensions,imageLinks,link,brand,hsCode,originRegion,makerNib\n");
var allMaterials = CraftMaterial.All.Select(m => m.Code).ToArray();
for (var i = 0; i < 560; i++)
{
    var maker = makers[i % makers.Count];
    var material = i < allMaterials.Length * 4 ? allMaterials[i % allMaterials.Length] : Pick(maker.Materials);
    var noun = Pick(nouns[material]);
    var sku = $"{maker.Nib[^4..]}-{material[..3].ToUpperInvariant()}-{i:D4}";
    var town = Town(directory.Find(maker.District.Parent!.Value)!.Name);
    var title = $"{noun} {CraftMaterial.Parse(material).IndonesianName} {town}";
    var usd = i % 19 == 0;
    var price = usd ? (random.Next(15, 900) + 0.5m * random.Next(0, 2)).ToString(inv) : (random.Next(3, 500) * 5_000).ToString(inv);
    var heading = CraftMaterial.Parse(material).HsHeadings[0];
    var slug = sku.ToLowerInvariant();
    var row = new[]
    {
        sku, title, $"{title}, dibuat tangan oleh {maker.Name}.", material, techniques.GetValueOrDefault(material, ""),
        price, usd ? "USD" : "IDR", i % 11 == 0 ? "preorder" : "in stock", random.Next(0, 40).ToString(inv),
        $"{random.Next(1, 60) * 50} g", $"{random.Next(5, 80)} x {random.Next(5, 60)} x {random.Next(2, 40)} cm",
        $"https://{maker.Nib[^6..]}.example.id/img/{slug}.jpg", $"https://{maker.Nib[^6..]}.example.id/produk/{slug}",
        maker.Name, heading.ToString(), maker.District.ToString(), maker.Nib,
    };

    // Invalid on purpose, about one product in 25.
    switch (i % 97)
    {
        case 13: row[5] = "150.000"; row[6] = "IDR"; break;                 // IKM130: a thousands separator read as decimals
        case 37: row[5] = "-" + row[5]; break;                               // a negative price
        case 59: row[3] = "plastic"; break;                                  // not a craft material
        case 71: row[11] = row[11].Replace("https://", "ftp://", StringComparison.Ordinal); break;
        case 89: row[1] = ""; break;                                         // no title
    }

    products.Append(string.Join(',', row.Select(Csv))).Append('\n');
}

if (provinces.Count < 10)
{
    throw new InvalidOperationException($"only {provinces.Count} provinces");
}

Directory.CreateDirectory(outDir);
File.WriteAllText(Path.Combine(outDir, "demo-businesses.json"), businesses.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n", new UTF8Encoding(false));
File.WriteAllText(Path.Combine(outDir, "demo-products.csv"), products.ToString(), new UTF8Encoding(false));
Console.WriteLine($"{businesses.Count} businesses in {provinces.Count} provinces, 560 products, written to {outDir}");

static string Town(string regency) => regency.Replace("Kabupaten ", "", StringComparison.Ordinal).Replace("Kota ", "", StringComparison.Ordinal);

static string Csv(string cell) => cell.Contains(',') || cell.Contains('"') ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
