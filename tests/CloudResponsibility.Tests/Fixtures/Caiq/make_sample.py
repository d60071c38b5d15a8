#!/usr/bin/env python3
"""Writes module/samples/caiq/ehr-platform-caiq.csv: a made-up vendor's filled CAIQ v4.0.3, saved as
CSV as Excel saves it (UTF-8 with a byte order mark, CRLF, every row as wide as the sheet).

The vendor (国内SIer A社) and service (電子カルテ連携基盤) are the sample inventory's; the answers and
texts are invented. The question IDs are CCM v4's; the Question cells are our own short words, not
CSA's text, which the module does not ship. The workbook beside it is built from this file by
CaiqSampleTests (set CR_WRITE_CAIQ_SAMPLE=1 and run it to write it again)."""
import csv, io, os

HEADER = ["Question ID", "Question", "CSP CAIQ Answer", "SSRM Control Ownership",
          "CSP Implementation Description\n(Optional/Recommended)", "CSC Responsibilities\n(Optional/Recommended)",
          "CCM Control ID", "CCM Domain (our words)"]

CSP, CSC, SHARED, THIRD, SHARED3 = "CSP-owned", "CSC-owned", "Shared CSP and CSC", "Third-party outsourced", "Shared CSP and 3rd-party"
DOMAINS = {"A&A": "Audit", "AIS": "Applications", "BCR": "Continuity", "CCC": "Change control", "CEK": "Cryptography and keys",
           "DCS": "Data centres", "DSP": "Data protection and privacy", "GRC": "Governance", "HRS": "Human resources",
           "IAM": "Identity and access", "IPY": "Portability", "IVS": "Infrastructure", "LOG": "Logging and monitoring",
           "SEF": "Incident response", "STA": "Supply chain", "TVM": "Vulnerabilities", "UEM": "Endpoints"}

ROWS = [
    ("A&A-01.1", "Audit policy in place?", "Yes", CSP, "内部監査規程を定め、年 1 回見直しています。", ""),
    ("A&A-01.2", "Audit policy reviewed yearly?", "Yes", CSP, "Reviewed every April by the audit office.", ""),
    ("A&A-02.1", "Independent audits at least yearly?", "Yes", CSP, "ISMAP 登録に伴い第三者監査を年 1 回受けています。", ""),
    ("A&A-04.1", "Compliance with standards checked?", "Yes", SHARED, "3省2ガイドラインへの準拠を確認しています。", "利用機関側の運用管理規程の整備は利用者の責任です。"),
    ("AIS-01.1", "Application security policy?", "Yes", CSP, "Secure development standard based on OWASP ASVS.", ""),
    ("AIS-04.1", "Secure development lifecycle?", "Yes", CSP, "設計レビューと静的解析を全リリースで実施。", ""),
    ("AIS-07.1", "Application vulnerabilities fixed?", "No", SHARED, "", "Customer-built interfaces are tested by the customer."),
    ("BCR-01.1", "Continuity policy?", "Yes", CSP, "事業継続計画を策定済み。", ""),
    ("BCR-08.1", "Backups taken?", "Yes", SHARED, "Database snapshots daily, kept 35 days in a second region.", "連携データの原本は利用機関で保管してください。"),
    ("BCR-11.1", "Redundant equipment?", "Yes", THIRD, "データセンター事業者の冗長構成に依拠しています。", ""),
    ("CCC-01.1", "Change management policy?", "Yes", CSP, "Change advisory board reviews every production change.", ""),
    ("CCC-04.1", "Unauthorised changes prevented?", "Yes", CSP, "本番環境への変更は承認済みのパイプラインのみ。", ""),
    ("CEK-01.1", "Encryption policy?", "Yes", CSP, "暗号化方針を定めています。", ""),
    ("CEK-03.1", "Data encrypted at rest and in transit?", "Yes", SHARED, "TLS 1.2 以上で通信し、保存データは AES-256 で暗号化。", "Client certificates on the hospital side are managed by the customer."),
    ("CEK-04.1", "Suitable algorithms?", "Yes", CSP, "AES-256-GCM and RSA-3072 or stronger.", ""),
    ("CEK-10.1", "Key generation?", "NA", CSC, "", "鍵は利用機関が自らの HSM で生成します (BYOK)。"),
    ("CEK-12.1", "Key rotation?", "", SHARED, "", ""),
    ("DCS-01.1", "Off-site disposal policy?", "Yes", THIRD, "Handled by the data-centre operator under contract.", ""),
    ("DCS-07.1", "Physical access controlled?", "Yes", THIRD, "データセンター事業者の入退館管理（生体認証）に依拠。", ""),
    ("DCS-11.1", "Staff trained for secure areas?", "N/A", THIRD, "", ""),
    ("DSP-01.1", "Data protection policy?", "Yes", CSP, "個人情報保護方針を公開しています。", ""),
    ("DSP-04.1", "Data classified?", "Yes", SHARED, "Classification scheme shared with each customer at onboarding.", "患者情報の分類は利用機関が行います。"),
    ("DSP-07.1", "Privacy by design?", "Yes", CSP, "新機能の設計時にプライバシー影響評価を実施。", ""),
    ("DSP-10.1", "Personal data transfers controlled?", "Yes", SHARED, "データは国内リージョンのみに保存。", "Customers decide which records are sent to the platform."),
    ("DSP-16.1", "Data retention and deletion?", "No", SHARED, "契約終了後の削除証明は未提供。", "保存期間の設定は利用機関の責任です。"),
    ("DSP-19.1", "Data location disclosed?", "Yes", CSP, "Tokyo and Osaka regions only.", ""),
    ("GRC-01.1", "Governance programme?", "Yes", CSP, "情報セキュリティ委員会を四半期ごとに開催。", ""),
    ("GRC-05.1", "Security programme?", "Yes", CSP, "ISO/IEC 27001 certified since 2019.", ""),
    ("HRS-01.1", "Background checks?", "Yes", CSP, "採用時に経歴確認を実施。", ""),
    ("HRS-11.1", "Security awareness training?", "Yes", SHARED, "全従業員に年 1 回の研修。", "Hospital staff training is the customer's."),
    ("IAM-01.1", "Identity and access policy?", "Yes", CSP, "アクセス管理規程を定めています。", ""),
    ("IAM-02.1", "Strong password policy?", "Yes", SHARED, "Minimum 12 characters for operator accounts.", "利用者アカウントのパスワード方針は利用機関で設定。"),
    ("IAM-05.1", "Least privilege?", "Yes", SHARED, "運用者の権限は役割ごとに最小化。", ""),
    ("IAM-07.1", "Access removed on role change?", "Yes", CSC, "", "人事異動時のアカウント削除は利用機関が行います。"),
    ("IAM-14.1", "Strong authentication?", "No", SHARED, "MFA is offered but not enforced for customer accounts.", "多要素認証の有効化は利用機関の責任です。"),
    ("IAM-16.1", "Privileged access reviewed?", "", "", "", ""),
    ("IPY-01.1", "Interoperability and portability policy?", "Yes", CSP, "SS-MIX2 と HL7 FHIR でのエクスポートに対応。", ""),
    ("IPY-04.1", "Data export at contract end?", "Yes", SHARED, "Export in FHIR JSON within 30 days of termination.", "エクスポートしたデータの移行は利用機関で行います。"),
    ("IVS-01.1", "Infrastructure security policy?", "Yes", CSP, "インフラのセキュリティ基準を定めています。", ""),
    ("IVS-03.1", "Network traffic monitored?", "Yes", SHARED3, "Network monitoring with a managed SOC provider.", ""),
    ("IVS-04.1", "Systems hardened?", "Yes", CSP, "CIS ベンチマークに沿って OS を堅牢化。", ""),
    ("LOG-01.1", "Logging policy?", "Yes", CSP, "ログ管理規程を定めています。", ""),
    ("LOG-02.1", "Audit logs protected?", "Yes", CSP, "Logs are written to write-once storage for 5 years.", ""),
    ("LOG-05.1", "Security events monitored?", "Yes", "Shared CSP and 3rd-Party", "外部の SOC 事業者と共同で 24 時間監視。", ""),
    ("LOG-08.1", "Log records kept?", "", CSP, "", ""),
    ("SEF-01.1", "Incident management policy?", "Yes", CSP, "インシデント対応手順を整備。", ""),
    ("SEF-07.1", "Breach notification?", "Yes", SHARED, "Customers are notified within 24 hours of a confirmed breach.", "患者への通知と監督官庁への報告は利用機関が行います。"),
    ("STA-01.1", "Shared responsibility policy?", "Yes", SHARED, "責任分界表を契約書に添付しています。", "Read the responsibility matrix attached to the contract."),
    ("STA-02.1", "SSRM applied across the supply chain?", "Yes", SHARED, "再委託先にも同等の分担を求めています。", ""),
    ("STA-09.1", "Supplier agreements reviewed?", "No", CSP, "再委託先契約の年次レビューは未実施。", ""),
    ("STA-12.1", "Supply chain risks managed?", "Yes", "3rd-party outsourced", "Risk assessments of sub-processors are done by an external assessor.", ""),
    ("TVM-01.1", "Vulnerability management policy?", "Yes", CSP, "脆弱性管理手順を定めています。", ""),
    ("TVM-07.1", "Vulnerability scans?", "Yes", CSP, "Monthly authenticated scans; critical findings fixed in 14 days.", ""),
    ("TVM-09.1", "Vulnerability reporting?", "NA", CSP, "", ""),
    ("UEM-01.1", "Endpoint management policy?", "Not Applicable", CSC, "", "院内端末の管理は利用機関の責任です。"),
    ("UEM-08.1", "Storage encryption on endpoints?", "No", CSC, "", "Hospital laptops that reach the platform must be encrypted by the customer."),
]

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "..", "..", "..", "module", "samples", "caiq", "ehr-platform-caiq.csv")
    width = len(HEADER)
    rows = [
        ["Consensus Assessments Initiative Questionnaire v4.0.3 — 電子カルテ連携基盤 (国内SIer A社)"] + [""] * (width - 1),
        ["Sample answers, invented for the module's examples; the questions are in our own words."] + [""] * (width - 1),
        [""] * width,
        HEADER,
    ]
    for qid, question, answer, owner, impl, csc in ROWS:
        rows.append([qid, question, answer, owner, impl, csc, qid.split(".")[0], DOMAINS[qid.split("-")[0]]])
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    with open(os.path.normpath(out), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buffer.getvalue())
    print(os.path.normpath(out), len(ROWS))

if __name__ == "__main__":
    main()
