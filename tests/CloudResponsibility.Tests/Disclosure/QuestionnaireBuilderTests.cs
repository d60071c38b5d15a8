using System.Linq;
using CloudResponsibility.Catalog;
using CloudResponsibility.Disclosure;
using CloudResponsibility.Model;
using CloudResponsibility.Output;
using Xunit;

namespace CloudResponsibility.Tests.Disclosure
{
    public sealed class QuestionnaireBuilderTests
    {
        private static readonly QuestionnaireBuilder English = new QuestionnaireBuilder(CloudCatalog.Default.In(Language.En));

        [Fact]
        public void Build_SaaS_IsEveryLineInOrderWithEmptyAnswerColumns()
        {
            var rows = English.Build("Mail", "Acme", ServiceModel.SaaS).ToList();
            Assert.Equal(54, rows.Count);
            Assert.Equal(("CHK-DC-01.1", "DIS-06.1"), (rows[0].ItemId, rows[^1].ItemId));
            Assert.All(rows, r => Assert.Equal(("Mail", "Acme", ServiceModel.SaaS, true), (r.ServiceName, r.Vendor, r.ServiceModel, r.Applies)));
            Assert.All(rows, r => Assert.Equal(new string?[] { null, null, null, null, null }, new[] { r.Answer, r.Evidence, r.CertificationName, r.ValidUntil, r.Comment }));
            var storage = rows.Single(r => r.ItemId == "CHK-TE-05.4");
            Assert.Equal(("Data", "Storage location"), (storage.Topic, storage.Subject));
            Assert.NotNull(storage.EvidenceRequested);
            Assert.Null(rows[0].EvidenceRequested);
        }

        [Fact]
        public void Build_OnPremises_LeavesEveryLineOutUnlessAskedAndSaysWhy()
        {
            Assert.Empty(English.Build("Files", null, ServiceModel.OnPremises));
            var marked = English.Build("Files", null, ServiceModel.OnPremises, includeNotApplicable: true).ToList();
            Assert.Equal(54, marked.Count);
            Assert.All(marked, r => Assert.False(r.Applies));
            Assert.All(marked, r => Assert.Contains("no cloud provider", r.NotApplicableReason));
            var (reason, lines) = Assert.Single(English.LeftOut(ServiceModel.OnPremises));
            Assert.Equal(54, lines);
            Assert.Contains("MIC-GL3 I.6", reason);
            Assert.Empty(English.LeftOut(ServiceModel.IaaS));
        }

        [Fact]
        public void Build_Japanese_AsksInJapanese()
        {
            var row = new QuestionnaireBuilder(CloudCatalog.Default.In(Language.Ja)).Build("kintone", "サイボウズ", ServiceModel.SaaS).First();
            Assert.Equal(("物理的対策", "侵入対策", Language.Ja), (row.Topic, row.Subject, row.Language));
            Assert.Contains("データセンター", row.Question);
        }

        /// <summary>The columns are the public contract of the files sent to vendors and of the reports made from results: they change only on purpose.</summary>
        [Fact]
        public void ReportColumns_OfTheDisclosureTypes_AreThePinnedOnes()
        {
            Assert.Equal("ServiceName,Vendor,ServiceModel,ItemId,Area,Topic,Subject,Question,EvidenceRequested,ThreatIds,ProviderControlIds,Applies,NotApplicableReason,Answer,Evidence,CertificationName,ValidUntil,Comment,Language",
                string.Join(",", ReportColumns.Of(typeof(VendorQuestionnaireRow))!.Names));
            Assert.Equal("ServiceName,Vendor,ServiceModel,ItemId,Area,Topic,Subject,Question,Outcome,Reason,Message,Answer,AnswerText,Evidence,CertificationName,Certifications,ValidUntil,ValidUntilText,Comment,RequiresEvidence,Layers,GapOwner,OwnerOverridden,OwnerClause,VendorOwnership,QuestionIds,AnswerReason,CheckItemIds,ProviderControlIds,ThreatIds,AsOf,File,Row,InputPosition,Language",
                string.Join(",", ReportColumns.Of(typeof(DisclosureResult))!.Names));
            Assert.Equal("ServiceName,Vendor,ServiceModel,Items,Pass,Fail,Partial,Missing,Unreadable,Expired,NoEvidence,NotApplicable,Unknown,Unmapped,OwnershipMismatches,OwnershipReviews,Coverage,DataCentreCoverage,TechnicalCoverage,OperationalCoverage,DisclosureCoverage,Satisfied,Certifications,AsOf",
                string.Join(",", ReportColumns.Of(typeof(DisclosureSummary))!.Names));
            Assert.Equal("ServiceName,ItemId,Area,Topic,Subject,Change,Changed,ReferenceOutcome,DifferenceOutcome,ReferenceAnswer,DifferenceAnswer,ReferenceEvidence,DifferenceEvidence,ReferenceCertificationName,DifferenceCertificationName,ReferenceCertifications,DifferenceCertifications,ReferenceValidUntil,DifferenceValidUntil,ReferenceFile,ReferenceRow,DifferenceFile,DifferenceRow",
                string.Join(",", ReportColumns.Of(typeof(DisclosureChange))!.Names));
        }
    }
}
