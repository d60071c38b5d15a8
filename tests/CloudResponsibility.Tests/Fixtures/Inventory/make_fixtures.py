#!/usr/bin/env python3
"""Writes the inventory fixtures of this folder. The files are committed, so that a reader can
open them; this script says exactly which bytes each holds (encodings, line breaks, quotes).
Run it from anywhere: python3 make_fixtures.py"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, text, encoding='utf-8', bom=b''):
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write(bom + text.encode(encoding))


# Excel on Japanese Windows: Shift_JIS (cp932), CRLF, Japanese headers and values, half-width katakana.
write('cp932-japanese.csv', '\r\n'.join([
    'サービス名,事業者,サービスモデル,提供モデル,データ保管場所,個人情報,EU個人データ,医療情報,輸出管理対象,事業者所在国,担当者,契約上の分担,備考',
    '経費精算,株式会社サンプル,ＳａａＳ,パブリッククラウド,日本,はい,いいえ,×,○,日本,情報システム部,Data=利用者：第5条,',
    '基幹システム,サンプルクラウド,IaaS,プライベート,国内、シンガポール,有,無,なし,あり,米国,経理部,,夜間停止あり',
    'オンプレ会計,自社,オンプレミス,,日本,〇,×,×,×,日本,総務部,,"複数行の\r\n備考"',
    'ﾃｽﾄ環境,ﾍﾞﾝﾀﾞｰ,ｵﾝﾌﾟﾚ,ﾊｲﾌﾞﾘｯﾄﾞ,ＪＰ／ＵＳ,◯,,,,英国,,Network=事業者;Data=共同,',
]) + '\r\n', encoding='cp932')

# The same kind of file saved as UTF-8 without a byte order mark: detected as UTF-8, not Shift_JIS.
write('japanese-utf8.csv', '\n'.join([
    'サービス名,サービスモデル,データ所在地',
    '経費精算,SaaS,日本',
    '基幹システム,IaaS,アメリカ合衆国、アイルランド',
]) + '\n')

# UTF-8 with a byte order mark and CRLF; quoted cells with line breaks, escaped quotes and a
# multi-line contract-overrides cell. Rows 2 and 4 span several lines, so rows and lines differ.
write('utf8-bom-crlf-multiline.csv', '\r\n'.join([
    'ServiceName,ServiceModel,Vendor,DataLocation,Notes,ContractOverrides',
    'Mail,SaaS,Acme,"JP;US","line1\r\nline2",Data=Customer',
    'Storage,IaaS,Contoso,JP,"He said ""hi""",',
    'Portal,PaaS,Fabrikam,SG,"a\r\nb","Data=Provider:Art. 5\r\nNetwork=Shared"',
    'Last,SaaS,Acme,JP,plain,',
]) + '\r\n', bom=b'\xef\xbb\xbf')

# UTF-16 LE with a byte order mark (Excel's "Unicode text" encoding), CRLF, Japanese values.
write('utf16le-bom.csv', '\r\n'.join([
    'ServiceName,ServiceModel,Vendor,DataLocation',
    'Mail,SaaS,日本電気,"日本、米国"',
    'チャット,PaaS,Acme,EU',
]) + '\r\n', encoding='utf-16-le', bom=b'\xff\xfe')

# Cells that a spreadsheet would run as formulas: the reader keeps them verbatim.
write('formulas.csv', '\n'.join([
    'ServiceName,ServiceModel,Vendor,Owner,Notes',
    '=1+2,SaaS,+cmd,-2,@SUM(A1)',
    '"=HYPERLINK(""http://example.com"",""x"")",PaaS,=cmd|\' /C calc\'!A0,@me,-',
]) + '\n')

# Every kind of bad row, with good rows among them. The comments of InventoryReaderMalformedTests
# list the row numbers and what each yields.
write('malformed.csv', '\n'.join([
    'ServiceName,ServiceModel,DataLocation,PersonalData,Vendor',  # 1
    'Good1,SaaS,JP,yes,Acme',                                     # 2 service
    'BadModel,SaaX,JP,yes,Acme',                                  # 3 UnknownServiceModel
    ',PaaS,JP,no,Acme',                                           # 4 MissingRequiredValue
    'BadBool,IaaS,JP,maybe,Acme',                                 # 5 InvalidBoolean
    'BadCountry,SaaS,Japn,no,Acme',                               # 6 UnknownCountry
    'TooFew,SaaS,JP',                                             # 7 WrongColumnCount
    'TooMany,SaaS,JP,no,Acme,extra',                              # 8 WrongColumnCount
    'TrailingEmpty,SaaS,JP,no,Acme,,',                            # 9 service (empty extra cells)
    'Many,SaaX,Japn,maybe,Acme',                                  # 10 three errors
    ',,,,',                                                       # 11 skipped
    '',                                                           # 12 skipped (blank line)
    'Stray"Quote,SaaS,JP,no,Acme',                                # 13 service (stray quote kept)
    'Multi,"Bad,SaaS,JP,no,Acme',                                 # 14 UnbalancedQuote (closed by row 16's quote)
    'Good2,PaaS,US,no,Acme',                                      # 15 service
    'Good3,IaaS,"JP;US",,Acme',                                   # 16 service
    'Open,"never closed,SaaS,JP,no,Acme',                         # 17 UnbalancedQuote (open to the end)
    'Good4,SaaS,SG,no,Acme',                                      # 18 service
    'Good5,PaaS,DE,yes,Acme',                                     # 19 service
]) + '\n')

# One name on several rows, written differently.
write('duplicates.csv', '\n'.join([
    'ServiceName,ServiceModel',
    'Box,SaaS',
    'Slack,SaaS',
    'box ,PaaS',
    'Ｂｏｘ,SaaS',
    'Slack,SaaS',
]) + '\n')

# Columns the tool does not know, before, between and after its own; a trailing separator in the header.
write('extra-columns.csv', '\n'.join([
    'Notes,ServiceName,Cost Center,ServiceModel,Tag,',
    'n1,Mail,CC-1,SaaS,t1,',
    'n2,Chat,CC-2,PaaS,,',
    'n3,Wiki,CC-3,SaaS,t3,orphan',
]) + '\n')

# Empty rows of every kind between services: blank, separators only, whitespace, quoted empties.
write('empty-rows.csv', '\n'.join([
    'ServiceName,ServiceModel,Vendor',
    'Mail,SaaS,Acme',
    '',
    ',,',
    '  ,\u3000,\t',
    'Chat,PaaS,Acme',
    '"",,""',
    'Wiki,SaaS,Acme',
]))

# Headers and values in full width, lower case, with spaces, underscores and hyphens.
write('fullwidth-lowercase.csv', '\n'.join([
    'ｓｅｒｖｉｃｅ ｎａｍｅ,SERVICE_MODEL,deployment-model,Data Location,personal data,ＥＵ個人データ',
    'Mail,ＳａａＳ,ｐｕｂｌｉｃ,ｊｐ；ｕｓ,ＹＥＳ,ｎｏ',
    'Chat,saas,PRIVATE CLOUD,japan / united states,True,0',
    'Erp,on-premises,ﾊｲﾌﾞﾘｯﾄﾞ,日本、ＥＵ,✓,✗',
    'Files,Iaas,community,USA JPN,Y,N',
]) + '\n')

# Other delimiters: semicolon (European Excel) and tab.
write('semicolon.csv', '\n'.join([
    'ServiceName;ServiceModel;DataLocation',
    'Mail;SaaS;JP,US',
    '"A;B";PaaS;DE',
]) + '\n')
write('tab.tsv', '\n'.join([
    'ServiceName\tServiceModel\tDataLocation',
    'Mail\tSaaS\tJP US',
    '"Tab\tName"\tPaaS\tDE',
]) + '\n')

# A header without the required ServiceModel column.
write('missing-column.csv', 'ServiceName,Vendor\nMail,Acme\nChat,Acme\n')

# Nothing at all.
write('empty.csv', '')
