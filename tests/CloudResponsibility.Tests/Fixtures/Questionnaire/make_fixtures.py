#!/usr/bin/env python3
"""Writes the questionnaire fixtures of this folder. The files are committed, so that a reader can
open them; this script says exactly which bytes each holds (encodings, line breaks, dates).
Run it from anywhere: python3 make_fixtures.py"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, lines, encoding='utf-8', bom=b'', newline='\r\n'):
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write(bom + (newline.join(lines) + newline).encode(encoding))


# A questionnaire made by New-VendorQuestionnaire -Language ja and Export-CloudReport, filled in by a
# vendor in Excel on Japanese Windows and saved as "CSV (comma delimited)": Shift_JIS (cp932), CRLF,
# dates as the cells show them (yyyy/MM/dd, and yyyy/m/d where typed so), Japanese answers
# (○ × △ はい いいえ 一部 該当なし), a memo column the vendor added at the end, and a blank row.
# Only some lines are answered: the others have no row. Rows 16 and 17 are bad (an answer and a
# date that cannot be read); rows 14 and 15 name IDs that are no questionnaire line.
HEADER = ('ServiceName,Vendor,ServiceModel,ItemId,Area,Topic,Subject,Question,EvidenceRequested,ThreatIds,'
          'ProviderControlIds,Applies,NotApplicableReason,Answer,Evidence,CertificationName,ValidUntil,Comment,Language,メモ')


def row(item, area, topic, subject, question, answer, evidence='', certification='', valid_until='', comment='', memo='',
        requested='', threats='', controls=''):
    cells = ['kintone', 'サイボウズ', 'SaaS', item, area, topic, subject, question, requested, threats, controls, 'True', '',
             answer, evidence, certification, valid_until, comment, 'Ja', memo]
    return ','.join('"' + c.replace('"', '""') + '"' if (',' in c or '"' in c) else c for c in cells)


write('excel-ja-cp932.csv', [
    HEADER,
    row('CHK-DC-01.1', 'DataCentre', '物理的対策', '侵入対策', 'データセンターへの不正な侵入を防ぐ対策（入退館管理、監視カメラ、警備等）を講じていますか。', '○', memo='ICカードと生体認証で入館を管理'),
    row('CHK-DC-01.2', 'DataCentre', '物理的対策', '盗難対策', 'データセンター内のサーバや記憶媒体の盗難を防ぐ対策を講じていますか。', 'はい'),
    row('CHK-TE-02.3', 'Technical', 'マルチテナント', 'シングルテナント対応', '専用環境（シングルテナント）での提供に対応していますか。', '×', comment='マルチテナントのみ'),
    row('CHK-TE-04.1', 'Technical', 'アプリケーション', 'パスワードポリシー設定', 'パスワードの長さ、複雑さ、有効期限、ロックアウト等のポリシーを利用者側で設定できますか。', '該当なし', comment='SAML認証のみで利用'),
    row('CHK-TE-05.1', 'Technical', 'データ', '暗号化', '保存データを暗号化していますか。暗号鍵はどのように管理していますか。', '一部', comment='添付ファイルのみ暗号化'),
    row('CHK-TE-05.4', 'Technical', 'データ', '格納場所', 'データの格納場所（国・地域）を開示していますか。契約で明示できますか。', 'はい', evidence='利用規約 第12条', requested='格納場所を定める契約条項または文書'),
    row('CHK-TE-07.1', 'Technical', '脆弱性対策', '診断', '脆弱性診断を定期的に実施していますか。', 'はい', requested='直近の脆弱性診断の実施日と報告書（概要）'),
    row('CHK-OP-02.3', 'Operational', 'インシデント対応', '立ち入り検査・監査対応', '利用者や利用者が依頼した監査人による立ち入り検査や監査に対応できますか。', '該当なし'),
    ',' * 19,
    row('CHK-OP-03.1', 'Operational', '監査・認証・第三者評価', '認証', 'どの認証・報告書を取得していますか。また、それらは現在も有効ですか。', 'はい',
        certification='ISMS（JIS Q 27001）、ISMAP', valid_until='2027/03/31', memo='登録証の写しを受領済み'),
    row('DIS-01.7', 'Disclosure', '事業者の信頼性', '制度にもとづく開示情報', '制度にもとづいて開示している企業情報（情報セキュリティ監査報告書など）を提供できますか。', 'はい',
        evidence='情報セキュリティ監査報告書', valid_until='2026/3/31'),
    row('DIS-06.1', 'Disclosure', '契約条件の確認', '取引内容の規定', '取引内容を規定した契約条件を契約前に確認できますか。', '', comment='法務部に確認中'),
    row('CHK-TE-09.1', 'Technical', '', '', '', 'はい', comment='独自の追加項目'),
    row('CHK-TE-05', 'Technical', 'データ', '', '', 'はい'),
    row('DIS-04.1', 'Disclosure', '利用者サポート', '説明書・ユーザマニュアル', '利用方法の説明書やユーザマニュアルを提供していますか。', '要確認'),
    row('DIS-04.2', 'Disclosure', '利用者サポート', 'サポート窓口', 'サポート窓口の受付時間と連絡方法を教えてください。', 'はい', valid_until='来年3月'),
    row('DIS-05.3', 'Disclosure', '利用終了時のデータ保護', 'データの抹消についての保証', '利用終了後のデータの抹消を保証し、その証明を提供できますか。', '△', evidence='消去証明書（見本）'),
    row('CHK-OP-03.2', 'Operational', '監査・認証・第三者評価', '第三者診断', '第三者による診断を受けていますか。', 'はい', evidence='第三者診断報告書（概要）', certification='ISO 9001'),
    row('DIS-01.6', 'Disclosure', '事業者の信頼性', '販売代理店', '販売代理店を通じて提供している場合、その名称を教えてください。', '○'),
], encoding='cp932')

# A sheet typed in Japanese by hand: Japanese headers (備考 is the comment), full-width and
# lower-case values, UTF-8 with a byte order mark and LF line ends; two services, one of them
# (Salesforce Sales Cloud) in the sample inventory.
write('japanese-headers.csv', [
    'サービス名,事業者,サービスモデル,項目ID,回答,根拠資料,認証名,有効期限,備考',
    'ＳａｌｅｓＦｏｒｃｅ Ｓａｌｅｓ Ｃｌｏｕｄ,Salesforce,ＳａａＳ,chk-te-04.1,Ｙｅｓ,,,,',
    'Salesforce Sales Cloud,Salesforce,SaaS,ＣＨＫ－ＯＰ－０３．１,はい,,ISO/IEC 27001;SOC 2,2027-01-31,',
    '経費精算,株式会社サンプル,SaaS,DIS-01.6,N/A,,,,直販のみ',
    '経費精算,株式会社サンプル,SaaS,CHK-TE-05.3,n/a,,,,',
], bom=b'\xef\xbb\xbf', newline='\n')
