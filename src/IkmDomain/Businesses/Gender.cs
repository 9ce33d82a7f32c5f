using System.Text.Json.Serialization;

namespace IkmDomain.Businesses;

/// <summary>A person's sex as recorded in the NIK (day of birth + 40 for women, PP 37/2007 Art. 37).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Gender>))]
public enum Gender
{
    /// <summary>Male (<i>laki-laki</i>): day of birth 01-31 in the NIK.</summary>
    Male = 0,

    /// <summary>Female (<i>perempuan</i>): day of birth 41-71 in the NIK.</summary>
    Female = 1,
}
