namespace IkmDomain.Validation;

public static partial class IkmErrorCodes
{
    /// <summary>
    /// IKM020: a typed member holds the <c>default</c> of a value type whose default means "not set"
    /// (<c>default(Nib)</c>, <c>default(RegionCode)</c>, <c>default(CraftMaterial)</c>...): a value that was
    /// never given, which must not pass for a real one (<see cref="NotSetRuleExtensions.MustBeSet{T, TProperty}(FluentValidation.IRuleBuilder{T, TProperty})"/>).
    /// </summary>
    public const string ValueNotSet = "IKM020";

    /// <summary>
    /// IKM021: a list member holds an item that is the "not set" <c>default</c> of its value type (an
    /// <c>IkmBusiness.KbliCodes</c> entry that is <c>default(Kbli)</c>, a <c>Sentra.Members</c> entry that is
    /// <c>default(Nib)</c>); the property name carries the item's index.
    /// </summary>
    public const string ListItemNotSet = "IKM021";
}
