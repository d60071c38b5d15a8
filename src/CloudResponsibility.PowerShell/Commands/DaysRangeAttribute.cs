using System;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// The range, in days, of a TimeSpan parameter. <see cref="CloudResponsibilityCommand"/> checks
    /// it when the command begins, so that the error is in the call's language (-Language included)
    /// and has an ID of its own, ParameterOutOfRange; ValidateRange cannot hold a TimeSpan, and a
    /// negative -MaxAge would otherwise read as "answered more than -5 days ago".
    /// </summary>
    [AttributeUsage(AttributeTargets.Property)]
    internal sealed class DaysRangeAttribute : Attribute
    {
        public DaysRangeAttribute(double minimum, double maximum)
        {
            Minimum = minimum;
            Maximum = maximum;
        }

        /// <summary>The fewest days allowed.</summary>
        public double Minimum { get; }

        /// <summary>The most days allowed.</summary>
        public double Maximum { get; }

        /// <summary>Whether a value is within the range.</summary>
        public bool Contains(TimeSpan value) => value.TotalDays >= Minimum && value.TotalDays <= Maximum;
    }
}
