using System;
using System.Runtime.CompilerServices;
using CloudResponsibility.Model;
using CloudResponsibility.Resolution;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// The cells of the two rows reports carry by the million — a service's matrix row and an
    /// inventory's service — written by hand instead of compiled from their properties at run time.
    /// A cold pipeline otherwise spends about 14 ms building and compiling expressions for them
    /// before its first row; this code needs no expressions and costs the JIT two methods. The
    /// cells and their order are exactly those <see cref="ObjectColumns"/> compiles for any other
    /// type: the tests compare the two, so a property added to either type without a cell here
    /// fails them.
    /// </summary>
    internal static class KnownRowCells
    {
        /// <summary>The hand-written cells of a type's fixed columns; null for every other type.</summary>
        public static Action<object, CellSink>? For(Type type) =>
            type == typeof(ServiceResponsibility) ? WriteMatrixRow
            : type == typeof(CloudService) ? WriteService
            : null;

        [MethodImpl(HotPath.OptimizeFromFirstCall)]
        private static void WriteMatrixRow(object instance, CellSink sink)
        {
            var row = (ServiceResponsibility)instance;
            sink.Text(row.ServiceName);
            sink.Text(EnumNames.Of(row.ServiceModel));
            sink.Text(EnumNames.Of(row.Layer));
            sink.Text(EnumNames.Of(row.Owner));
            sink.Bool(row.IsOverridden);
            sink.Text(row.Clause);
            sink.Text(EnumNames.Of(row.GeneralOwner));
            sink.Text(row.CustomerDuty);
            sink.Text(row.ProviderDuty);
            sink.Text(row.Source);
            sink.Int(row.LayerOrder);
            sink.Text(row.LayerName);
            sink.Text(EnumNames.Of(row.Language));
            sink.Text(row.Vendor);
            sink.Text(EnumNames.OfNullable(row.DeploymentModel));
            sink.Value(row.DataLocation);
            sink.Text(row.VendorCountry);
            sink.NullableBool(row.PersonalData);
            sink.NullableBool(row.EuPersonalData);
            sink.NullableBool(row.MedicalData);
            sink.NullableBool(row.ExportControlled);
            sink.Text(row.ServiceOwner);
        }

        [MethodImpl(HotPath.OptimizeFromFirstCall)]
        private static void WriteService(object instance, CellSink sink)
        {
            var service = (CloudService)instance;
            sink.Text(service.ServiceName);
            sink.Text(service.Vendor);
            sink.Text(EnumNames.Of(service.ServiceModel));
            sink.Text(EnumNames.OfNullable(service.DeploymentModel));
            sink.Value(service.DataLocation);
            sink.NullableBool(service.PersonalData);
            sink.NullableBool(service.EuPersonalData);
            sink.NullableBool(service.MedicalData);
            sink.NullableBool(service.ExportControlled);
            sink.Text(service.VendorCountry);
            sink.Text(service.Owner);
            sink.Value(service.ContractOverrides);
        }
    }
}
