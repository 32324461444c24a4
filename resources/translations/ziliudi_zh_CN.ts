<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddNetworkDialog</name>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="208"/>
        <source>Add network</source>
        <translation>添加网络</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="210"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="214"/>
        <source>RPC URL</source>
        <translation>RPC 地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="217"/>
        <source>Chain id</source>
        <translation>链 ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="219"/>
        <source>Stablecoin address</source>
        <translation>稳定币合约地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="221"/>
        <source>Escrow contract address</source>
        <translation>担保合约地址</translation>
    </message>
</context>
<context>
    <name>BulkPricingDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="29"/>
        <source>Bulk pricing</source>
        <translation>批量定价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="32"/>
        <source>Supply price</source>
        <translation>供货价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="33"/>
        <source>Suggested retail price</source>
        <translation>建议零售价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="34"/>
        <source>Current price</source>
        <translation>当前售价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="40"/>
        <source>Round up to end in 9</source>
        <translation>向上取整，尾数为 9</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="42"/>
        <source>Start from</source>
        <translation>基准价格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="43"/>
        <source>Add</source>
        <translation>加价</translation>
    </message>
</context>
<context>
    <name>ImportAccountDialog</name>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="151"/>
        <source>Import account</source>
        <translation>导入账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="153"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="156"/>
        <source>Recovery phrase</source>
        <translation>助记词</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="156"/>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="156"/>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="175"/>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="183"/>
        <source>Keystore file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="165"/>
        <source>Phrase or key</source>
        <translation>助记词或私钥</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="168"/>
        <source>Account number</source>
        <translation>账户序号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="170"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="178"/>
        <source>Keystore file&apos;s password</source>
        <translation>密钥文件的密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="183"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="187"/>
        <source>Import stock</source>
        <translation>导入库存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="198"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="199"/>
        <location filename="../../desktop/ui/import_wizard.py" line="302"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="201"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="218"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="228"/>
        <source>Stock file (CSV or XLSX)</source>
        <translation>库存文件（CSV 或 XLSX）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="229"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="230"/>
        <source>Into lot</source>
        <translation>导入到档期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="231"/>
        <source>Supplier (its column mapping is remembered)</source>
        <translation>供货商（会记住它的列对应关系）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="275"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="275"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="275"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="301"/>
        <source>Import the valid rows</source>
        <translation>导入有效的行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="302"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="308"/>
        <source>Stock file</source>
        <translation>库存文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="309"/>
        <source>Stock files (*.csv *.txt *.xlsx)</source>
        <translation>库存文件 (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="335"/>
        <source>column {n}</source>
        <translation>第 {n} 列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="340"/>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="345"/>
        <source>The columns as you mapped them for this supplier last time.</source>
        <translation>沿用上次为这个供货商设置的列对应关系。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="347"/>
        <source>The columns as guessed from the header; correct any that are wrong.</source>
        <translation>这是根据表头推测的列对应关系，如有不对请更正。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="393"/>
        <source>Reading the stock file</source>
        <translation>正在读取库存文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="418"/>
        <source>Importing stock</source>
        <translation>正在导入库存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="422"/>
        <source>{n} items were imported into “{lot}”.</source>
        <translation>已将 {n} 个商品导入“{lot}”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="424"/>
        <source>{n} rejected rows were left out.</source>
        <translation>有 {n} 行不合格，未导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="435"/>
        <source>Nothing was imported.</source>
        <translation>没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="441"/>
        <source>{bad} rows were rejected and {good} rows are valid. Import the valid rows and leave the rejected ones out, or cancel and fix the file.</source>
        <translation>有 {bad} 行不合格，{good} 行有效。可以只导入有效的行、跳过不合格的行，也可以取消后修改文件。</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="35"/>
        <source>Transactions</source>
        <translation>交易记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="36"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="36"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="36"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="36"/>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="39"/>
        <source>Speed up…</source>
        <translation>加速…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="47"/>
        <source>pending</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="47"/>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="47"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="48"/>
        <source>replaced</source>
        <translation>已替换</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="48"/>
        <source>rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="66"/>
        <source>Only a pending transaction can be sped up.</source>
        <translation>只有待确认的交易才能加速。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="68"/>
        <source>Speed up</source>
        <translation>加速</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="69"/>
        <source>Send it again with a higher fee? Password of the sending account:</source>
        <translation>用更高的手续费重新发送吗？请输入付款账户的密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="80"/>
        <source>Speeding up</source>
        <translation>正在加速</translation>
    </message>
</context>
<context>
    <name>LotDialog</name>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="58"/>
        <source>Edit lot</source>
        <translation>编辑档期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="58"/>
        <source>New lot</source>
        <translation>新建档期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="95"/>
        <location filename="../../desktop/ui/lot_dialogs.py" line="99"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="102"/>
        <source>Title</source>
        <translation>档期名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="103"/>
        <source>Supplier</source>
        <translation>供货商</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="104"/>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="105"/>
        <source>Ends</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="106"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="107"/>
        <source>Commission per upline level</source>
        <translation>各级上级佣金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="109"/>
        <source>After-sale freeze</source>
        <translation>售后冻结期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="110"/>
        <source>Returns accepted for</source>
        <translation>可退货期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="111"/>
        <source>Return terms</source>
        <translation>退货条款</translation>
    </message>
</context>
<context>
    <name>LotsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="32"/>
        <source>Lots</source>
        <translation>档期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="35"/>
        <source>Clearance lots</source>
        <translation>清仓档期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="41"/>
        <source>New lot…</source>
        <translation>新建档期…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="42"/>
        <source>Edit lot…</source>
        <translation>编辑档期…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="43"/>
        <source>Import stock…</source>
        <translation>导入库存…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="44"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="45"/>
        <source>Export items…</source>
        <translation>导出商品…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="46"/>
        <source>Export sell-through…</source>
        <translation>导出售罄率…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="47"/>
        <source>Export signed sheet…</source>
        <translation>导出签名档期表…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="48"/>
        <source>Import sheet…</source>
        <translation>导入档期表…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="59"/>
        <source>Title</source>
        <translation>档期名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="59"/>
        <source>Supplier</source>
        <translation>供货商</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="59"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="60"/>
        <location filename="../../desktop/ui/pages/lots.py" line="343"/>
        <source>Window</source>
        <translation>档期时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="60"/>
        <source>Sell-through</source>
        <translation>售罄率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="74"/>
        <source>Search by name, style no. or barcode</source>
        <translation>按商品名称、款号或条码搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="82"/>
        <source>Style no.</source>
        <translation>款号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="82"/>
        <source>Name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="83"/>
        <source>Color</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="83"/>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="84"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="84"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="85"/>
        <source>Available</source>
        <translation>可售</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="85"/>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="86"/>
        <source>Supply price</source>
        <translation>供货价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="87"/>
        <source>Suggested</source>
        <translation>建议价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="88"/>
        <source>Minimum</source>
        <translation>最低价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="213"/>
        <source>{n} items match</source>
        <translation>{n} 个商品符合条件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="213"/>
        <source>{n} items</source>
        <translation>{n} 个商品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="220"/>
        <source>Choose a lot first.</source>
        <translation>请先选择一个档期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="275"/>
        <source>Publish “{lot}”? Its items and terms can no longer be changed, and it opens to distributors at the start of its window.</source>
        <translation>发布“{lot}”吗？发布后其商品和条款将不能再修改，并会在档期开始时向分销商开放。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="285"/>
        <source>Excel workbook (*.xlsx);;CSV, opens in Excel (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，可用 Excel 打开 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="300"/>
        <source>{n} rows were written to {path}.</source>
        <translation>已将 {n} 行写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="308"/>
        <source>Exporting items</source>
        <translation>正在导出商品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="309"/>
        <source>Export items</source>
        <translation>导出商品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="313"/>
        <source>Exporting sell-through</source>
        <translation>正在导出售罄率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="314"/>
        <source>Export sell-through</source>
        <translation>导出售罄率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="328"/>
        <source>Create or import a wallet account on the Wallet page first; it signs the sheet.</source>
        <translation>请先在“钱包”页面创建或导入一个账户，档期表要用它来签名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="336"/>
        <source>Export signed sheet</source>
        <translation>导出签名档期表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="338"/>
        <location filename="../../desktop/ui/pages/lots.py" line="374"/>
        <source>Lot sheet (*.zlsheet)</source>
        <translation>档期表 (*.zlsheet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="341"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="341"/>
        <source>Lot sheet (EIP-712, “Ziliudi Lot Sheet”)</source>
        <translation>档期表（EIP-712，“Ziliudi Lot Sheet”）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="342"/>
        <source>Lot</source>
        <translation>档期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="342"/>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="343"/>
        <source>Seller</source>
        <translation>卖家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="344"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="344"/>
        <source>every item of the lot, with its prices and quantity, fixed by a hash of the sheet</source>
        <translation>档期内全部商品及其价格和数量，由档期表的哈希值锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="346"/>
        <source>Sign the lot sheet</source>
        <translation>签署档期表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="347"/>
        <source>Password of {address}:</source>
        <translation>{address} 的密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="360"/>
        <source>Signing the lot sheet</source>
        <translation>正在签署档期表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="362"/>
        <source>The sheet of “{lot}” (revision {revision}, {n} items) was signed by {address} and written to {path}.</source>
        <translation>“{lot}”的档期表（第 {revision} 版，{n} 个商品）已由 {address} 签名，并写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="373"/>
        <source>Import lot sheet</source>
        <translation>导入档期表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="377"/>
        <source>Checking the lot sheet</source>
        <translation>正在校验档期表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="387"/>
        <source>New lot “{lot}” from seller {seller} (signature verified).</source>
        <translation>已导入卖家 {seller} 的新档期“{lot}”（签名已验证）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="388"/>
        <source>Lot “{lot}” updated to revision {revision} from seller {seller} (signature verified).</source>
        <translation>档期“{lot}”已更新到卖家 {seller} 的第 {revision} 版（签名已验证）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="391"/>
        <source>{added} items added, {updated} updated, {withdrawn} withdrawn.</source>
        <translation>新增 {added} 个商品，更新 {updated} 个，撤下 {withdrawn} 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="24"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="25"/>
        <source>published, not open yet</source>
        <translation>已发布，未开售</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="26"/>
        <source>open</source>
        <translation>开售中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="27"/>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="28"/>
        <source>settled</source>
        <translation>已结算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="43"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="44"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="114"/>
        <source>The translation for {language} is missing.</source>
        <translation>缺少 {language} 的翻译文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="161"/>
        <source>Ziliudi — your own plot</source>
        <translation>自留地 — 你自己的地盘</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="164"/>
        <source>{profile} — Ziliudi</source>
        <translation>{profile} — 自留地</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="165"/>
        <source>Profile: {name}</source>
        <translation>账本：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="167"/>
        <source>No profile open</source>
        <translation>未打开账本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="170"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="170"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="171"/>
        <source>wrong chain</source>
        <translation>链不匹配</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172"/>
        <source>{network}: {state}</source>
        <translation>{network}：{state}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="193"/>
        <source>Tasks are still running. Cancel them and quit?</source>
        <translation>还有任务在运行。取消这些任务并退出吗？</translation>
    </message>
</context>
<context>
    <name>NetworkWatch</name>
    <message>
        <location filename="../../desktop/ui/network_watch.py" line="47"/>
        <source>Checking the network</source>
        <translation>正在检查网络</translation>
    </message>
</context>
<context>
    <name>Networks</name>
    <message>
        <location filename="../../desktop/ui/network_watch.py" line="15"/>
        <source>Sandbox (this computer)</source>
        <translation>沙盒（本机测试）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/network_watch.py" line="16"/>
        <source>Local node</source>
        <translation>本地节点</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="51"/>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="62"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="64"/>
        <source>12 words</source>
        <translation>12 个词</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="65"/>
        <source>24 words</source>
        <translation>24 个词</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="66"/>
        <source>Phrase length</source>
        <translation>助记词长度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="71"/>
        <source>Word list</source>
        <translation>词表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="78"/>
        <source>Write these words down on paper, in order, and keep them safe. Anyone who has them controls this account&apos;s money; without them a lost computer means lost money. They are shown once.</source>
        <translation>请按顺序把这些词抄在纸上，并妥善保管。谁拿到它们，谁就能动用这个账户里的钱；没有它们，电脑丢了，钱也就丢了。它们只显示这一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="87"/>
        <source>Type the words at these positions to prove the phrase is written down.</source>
        <translation>请填写下列位置上的词，以确认你已抄下助记词。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="94"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="96"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="109"/>
        <source>The passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="122"/>
        <source>I have written it down</source>
        <translation>我已抄好</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="129"/>
        <source>Word {n}</source>
        <translation>第 {n} 个词</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="132"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="137"/>
        <source>Those words do not match the phrase. Check what you wrote.</source>
        <translation>这些词与助记词不符，请检查你抄写的内容。</translation>
    </message>
</context>
<context>
    <name>OrderStates</name>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="67"/>
        <source>Accepted</source>
        <translation>已接单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="68"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="69"/>
        <source>Disputed</source>
        <translation>争议中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="70"/>
        <source>Funded</source>
        <translation>待接单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="71"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="72"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="73"/>
        <source>Resolved</source>
        <translation>已裁决</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="74"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="40"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="40"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="40"/>
        <source>Goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="40"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="41"/>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="41"/>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="41"/>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="42"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="33"/>
        <location filename="../../desktop/ui/pages/orders.py" line="79"/>
        <source>Orders &amp; escrow</source>
        <translation>订单与担保</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="94"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="122"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="122"/>
        <source>Block</source>
        <translation>区块</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="123"/>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="123"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="132"/>
        <source>Accept (co-sign)</source>
        <translation>接单（共同签署）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="133"/>
        <source>Mark shipped…</source>
        <translation>标记发货…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="134"/>
        <source>Settle…</source>
        <translation>协商结算…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="135"/>
        <source>Dispute…</source>
        <translation>发起争议…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="136"/>
        <source>Claim payment</source>
        <translation>领取货款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="137"/>
        <source>Return to buyer</source>
        <translation>退还买家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="201"/>
        <source>Reading orders</source>
        <translation>正在读取订单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="215"/>
        <source>Syncing escrow events</source>
        <translation>正在同步担保交易事件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="229"/>
        <source>{network}: {count} orders</source>
        <translation>{network}：{count} 个订单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="232"/>
        <source>synced to block {block}</source>
        <translation>已同步到区块 {block}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="248"/>
        <source>Order {escrow}: {what} within {left}</source>
        <translation>订单 {escrow}：须在 {left} 内{what}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="250"/>
        <source>accept</source>
        <translation>接单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="250"/>
        <source>ship</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="252"/>
        <source>Due soon:</source>
        <translation>即将到期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="266"/>
        <source>Money waiting for you: {amount} {symbol} —</source>
        <translation>有待您提取的款项：{amount} {symbol} —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="270"/>
        <source>A payout to {address} the token refused; the escrow keeps it until you withdraw it.</source>
        <translation>代币拒绝了付给 {address} 的款项；托管合约会替您保管，直到您提取。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="273"/>
        <location filename="../../desktop/ui/pages/orders.py" line="407"/>
        <source>Withdraw</source>
        <translation>提取</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="306"/>
        <source>Shipped with {carrier}, tracking number {number}</source>
        <translation>已通过{carrier}发货，运单号 {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="326"/>
        <source>Choose orders of one seller account.</source>
        <translation>请选择同一个卖家账户的订单。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="330"/>
        <source>Password of the seller account {address}:</source>
        <translation>卖家账户 {address} 的密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="347"/>
        <source>Accept {count} orders</source>
        <translation>接单（{count} 个订单）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="358"/>
        <source>Mark shipped</source>
        <translation>标记发货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="366"/>
        <source>Open a dispute on order {escrow}? The arbitrator named in the offer will rule a split and takes its stated fee; if it stays silent, the price goes back to the buyer and the bond to you.</source>
        <translation>对订单 {escrow} 发起争议吗？将由报价中指定的仲裁人裁定如何分配款项，并收取其声明的费用；如果仲裁人不作裁决，货款退还买家，保证金退还给你。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="370"/>
        <source>Escrow {escrow}</source>
        <translation>担保交易 {escrow}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="387"/>
        <source>Simulated buyer signs</source>
        <translation>模拟买家签名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="399"/>
        <source>Settle</source>
        <translation>结算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="409"/>
        <source>Withdraw {amount} {symbol} to {address}? Password of that account:</source>
        <translation>将 {amount} {symbol} 提取到 {address}？请输入该账户的密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="431"/>
        <source>Add a seller account on the Wallet page first.</source>
        <translation>请先在“钱包”页面添加一个卖家账户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="433"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="433"/>
        <source>Escrow offers (EIP-712, “Ziliudi Escrow”)</source>
        <translation>担保报价（EIP-712，“Ziliudi Escrow”）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="434"/>
        <source>Listings</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="434"/>
        <source>every live listing without a valid offer, at its price now, up to its stock</source>
        <translation>所有尚无有效报价的在售商品，按当前售价，以库存为上限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="436"/>
        <source>Seller</source>
        <translation>卖家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="437"/>
        <source>Sign offers</source>
        <translation>签署报价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="438"/>
        <source>Sign offers for the live listings with {address}? Its password:</source>
        <translation>用 {address} 为在售商品签署报价吗？请输入它的密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="449"/>
        <source>Signing offers</source>
        <translation>正在签署报价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="454"/>
        <source>Simulated buyer pays</source>
        <translation>模拟买家付款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="462"/>
        <source>Choose one order first.</source>
        <translation>请先选择一个订单。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="465"/>
        <source>Simulated buyer acts</source>
        <translation>模拟买家操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="471"/>
        <source>Jumping time</source>
        <translation>正在快进时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="25"/>
        <source>passed</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="28"/>
        <source>{days} d {hms}</source>
        <translation>{days} 天 {hms}</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="37"/>
        <location filename="../../desktop/ui/pages/profiles.py" line="24"/>
        <source>Profiles</source>
        <translation>账本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="27"/>
        <source>Each profile is one business with its own book. Back up often; a backup can be taken while you work.</source>
        <translation>每个账本是一门独立的生意，数据各自保存。请经常备份；工作时也可以随时备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="31"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="31"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="31"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="40"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="41"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="42"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="43"/>
        <source>Back up…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="44"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="75"/>
        <source>{kb} KB</source>
        <translation>{kb} KB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="90"/>
        <source>New profile</source>
        <translation>新建账本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="90"/>
        <source>Name of the new profile:</source>
        <translation>新账本的名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="103"/>
        <source>Rename profile</source>
        <translation>重命名账本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="103"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="119"/>
        <source>Back up profile</source>
        <translation>备份账本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="121"/>
        <source>Ziliudi backup (*.ziliudi)</source>
        <translation>自留地备份 (*.ziliudi)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="125"/>
        <source>Backing up {name}</source>
        <translation>正在备份 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="127"/>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="131"/>
        <location filename="../../desktop/ui/pages/profiles.py" line="135"/>
        <source>Restore profile</source>
        <translation>恢复账本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="132"/>
        <source>Ziliudi backup (*.ziliudi *.db);;All files (*)</source>
        <translation>自留地备份 (*.ziliudi *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="135"/>
        <source>Name of the restored profile:</source>
        <translation>恢复后的账本名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="143"/>
        <source>Open another profile before replacing this one.</source>
        <translation>请先打开其他账本，再替换这个账本。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="145"/>
        <source>Replace the profile “{name}”? Its current book is kept beside it as book.db.before-restore.</source>
        <translation>替换账本“{name}”吗？当前数据会保留在同一文件夹的 book.db.before-restore 中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="149"/>
        <source>Restoring {name}</source>
        <translation>正在恢复 {name}</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="194"/>
        <source>Send</source>
        <translation>转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="198"/>
        <source>To</source>
        <translation>收款地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="201"/>
        <source>Amount ({symbol})</source>
        <translation>金额（{symbol}）</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="39"/>
        <location filename="../../desktop/ui/pages/settings.py" line="22"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="28"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="34"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="38"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="41"/>
        <source>Lock the wallet after idle</source>
        <translation>闲置后自动锁定钱包</translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="138"/>
        <source>Settle order {escrow}</source>
        <translation>结算订单 {escrow}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="143"/>
        <source>The escrow holds {amount} {symbol}. Split it between the buyer and you.</source>
        <translation>担保中共有 {amount} {symbol}，请在买家和你之间分配。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="151"/>
        <source>To the buyer</source>
        <translation>给买家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="152"/>
        <source>To you</source>
        <translation>给你</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="155"/>
        <source>Copy request for the buyer</source>
        <translation>复制给买家的签名请求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="157"/>
        <source>Load signature…</source>
        <translation>载入签名…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="162"/>
        <source>Ask the simulated buyer</source>
        <translation>请模拟买家签名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="167"/>
        <source>The buyer&apos;s signature (0x…):</source>
        <translation>买家的签名（0x…）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="173"/>
        <source>Sign and settle</source>
        <translation>签名并结算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="202"/>
        <source>not a valid split</source>
        <translation>分配金额无效</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="216"/>
        <source>Load the buyer&apos;s signature</source>
        <translation>载入买家的签名</translation>
    </message>
</context>
<context>
    <name>ShipDialog</name>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="102"/>
        <source>Mark order {escrow} shipped</source>
        <translation>标记订单 {escrow} 已发货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="110"/>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="111"/>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="112"/>
        <source>The buyer sees a hash of these on chain; the number itself stays in this book.</source>
        <translation>买家在链上只能看到这些信息的哈希值；运单号本身只保存在本账本中。</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="21"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="21"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="33"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="36"/>
        <source>Sign</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="44"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="44"/>
        <source>For</source>
        <translation>用于</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="44"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="45"/>
        <source>Chain</source>
        <translation>链</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="45"/>
        <source>Contract</source>
        <translation>合约</translation>
    </message>
</context>
<context>
    <name>SignOffersDialog</name>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="161"/>
        <source>Sign offers</source>
        <translation>签署报价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="163"/>
        <source>Each listing shown now gets an offer signed by this account, at its current price. Buyers pay into the escrow on this network; export the site again afterwards.</source>
        <translation>当前展示的每件商品都会按现价由这个账户签署报价。买家将在这个网络上付款到担保合约；签署后请重新导出网站。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="173"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="178"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
</context>
<context>
    <name>SignerDialog</name>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="143"/>
        <source>Sign the lot sheet</source>
        <translation>签署档期表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="151"/>
        <source>The sheet is signed by one of your wallet accounts; distributors see its address as the seller.</source>
        <translation>档期表由你的一个钱包账户签名；分销商看到的卖家就是这个地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="153"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
</context>
<context>
    <name>SimulatedBuyerPanel</name>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="238"/>
        <source>Simulated buyer (Sandbox: test money only)</source>
        <translation>模拟买家（沙盒：只用测试币）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="244"/>
        <source>Offers signed by</source>
        <translation>报价签署账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="254"/>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="256"/>
        <source>Offer</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="261"/>
        <source>Wang Xiaoming</source>
        <translation>王小明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="263"/>
        <source>1 Wensan Road, Hangzhou</source>
        <translation>杭州市文三路 1 号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="270"/>
        <source>Sign offers…</source>
        <translation>签署报价…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="271"/>
        <source>Fund</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="272"/>
        <source>Confirm receipt</source>
        <translation>确认收货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="273"/>
        <source>Dispute</source>
        <translation>发起争议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="274"/>
        <source>+1 hour</source>
        <translation>+1 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="275"/>
        <source>+1 day</source>
        <translation>+1 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="276"/>
        <source>+7 days</source>
        <translation>+7 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="306"/>
        <source>No offer is signed yet: use “Sign offers…” to sign offers for the live listings with your account.</source>
        <translation>还没有签署任何报价：请用“签署报价…”以你的账户为在售商品签署报价。</translation>
    </message>
</context>
<context>
    <name>StoreProfileDialog</name>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="44"/>
        <source>Store profile</source>
        <translation>店铺资料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="50"/>
        <source>Store name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="59"/>
        <source>an image file (PNG or JPEG)</source>
        <translation>图片文件（PNG 或 JPEG）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="61"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="66"/>
        <source>Avatar</source>
        <translation>头像</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="70"/>
        <source>Shown at the top of the store, e.g. shipping times</source>
        <translation>显示在店铺顶部，例如发货时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="72"/>
        <source>Notice</source>
        <translation>店铺公告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="75"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="78"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="81"/>
        <source>https://… where the exported site is served</source>
        <translation>https://… 导出的网站所在的地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="82"/>
        <source>Web address</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="88"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="91"/>
        <source>not chosen yet</source>
        <translation>尚未选择</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="95"/>
        <source>{address} (not in this wallet)</source>
        <translation>{address}（不在本钱包中）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="98"/>
        <source>Payout account</source>
        <translation>收款账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="101"/>
        <source>the profile&apos;s network</source>
        <translation>账本所用的网络</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="107"/>
        <source>Payout network</source>
        <translation>收款网络</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="109"/>
        <source>Buyers&apos; delivery details are encrypted to the store&apos;s key; its private half stays in this computer&apos;s keyring.</source>
        <translation>买家的收货信息用店铺密钥加密；私钥只保存在本机的系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="111"/>
        <source>Key: {start}…</source>
        <translation>密钥：{start}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="112"/>
        <source>The key is made when you save.</source>
        <translation>保存时生成密钥。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="132"/>
        <source>Choose the store&apos;s avatar</source>
        <translation>选择店铺头像</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="133"/>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
</context>
<context>
    <name>StorefrontPage</name>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="35"/>
        <location filename="../../desktop/ui/pages/storefront.py" line="59"/>
        <source>Storefront</source>
        <translation>我的小店</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="65"/>
        <source>Store profile…</source>
        <translation>店铺资料…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="66"/>
        <source>Add open lots</source>
        <translation>加入进行中的档期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="67"/>
        <source>Set price…</source>
        <translation>改价…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="68"/>
        <source>Bulk pricing…</source>
        <translation>批量定价…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="69"/>
        <source>Show / hide</source>
        <translation>显示 / 隐藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="70"/>
        <source>Poster…</source>
        <translation>海报…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="71"/>
        <source>Catalog PDF…</source>
        <translation>PDF 目录…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="72"/>
        <source>Copy share text</source>
        <translation>复制分享文案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="73"/>
        <source>Sign offers…</source>
        <translation>签署报价…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="74"/>
        <source>Export site…</source>
        <translation>导出网站…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="80"/>
        <source>Serve on local network</source>
        <translation>在局域网共享</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="125"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="125"/>
        <source>Variant</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="125"/>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="125"/>
        <source>Suggested</source>
        <translation>建议价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="126"/>
        <source>Minimum</source>
        <translation>最低价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="126"/>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="126"/>
        <source>Shown</source>
        <translation>展示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="126"/>
        <source>Price rules</source>
        <translation>价格规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="141"/>
        <source>yes</source>
        <translation>在售</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="141"/>
        <source>hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="142"/>
        <source>not on sale</source>
        <translation>未开售</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="146"/>
        <source>ok</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="152"/>
        <source>Storefront: {name}</source>
        <translation>店铺：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="173"/>
        <source>Choose a listing first.</source>
        <translation>请先选择一件商品。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="190"/>
        <source>{n} items were added to the storefront.</source>
        <translation>已将 {n} 个商品加入店铺。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="196"/>
        <source>Set price</source>
        <translation>改价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="196"/>
        <source>Price in 元, e.g. 129 or 129.90</source>
        <translation>价格（元），例如 129 或 129.90</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="202"/>
        <source>“{text}” is not a price.</source>
        <translation>“{text}”不是有效的价格。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="216"/>
        <source>{n} prices were outside the supplier&apos;s minimum or maximum retail price and were set to the nearest allowed price.</source>
        <translation>有 {n} 个价格超出了供货商规定的最低或最高零售价，已改为最接近的允许价格。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="228"/>
        <source>Save poster</source>
        <translation>保存海报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="229"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="237"/>
        <source>Save catalog</source>
        <translation>保存目录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="238"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="243"/>
        <source>Writing the catalog</source>
        <translation>正在生成目录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="257"/>
        <source>Export the site to</source>
        <translation>将网站导出到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="266"/>
        <source>Exporting the site</source>
        <translation>正在导出网站</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="301"/>
        <source>Make a new key? Orders placed with the old one stay unreadable.</source>
        <translation>生成新密钥吗？用旧密钥下的订单将无法再读取。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="317"/>
        <source>Make an account on the Wallet page first: buyers pay the account that signs the offers.</source>
        <translation>请先在“钱包”页面创建账户：买家的钱会付给签署报价的账户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="325"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="325"/>
        <source>Escrow offers (EIP-712, “Ziliudi Escrow”)</source>
        <translation>担保报价（EIP-712，“Ziliudi Escrow”）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="326"/>
        <source>Listings</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="326"/>
        <source>every live listing without a valid offer, at its price now, up to its stock</source>
        <translation>所有尚无有效报价的在售商品，按当前售价，以库存为上限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="328"/>
        <source>Seller</source>
        <translation>卖家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="328"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="329"/>
        <source>Bond</source>
        <translation>保证金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="329"/>
        <source>30% of the price, posted when you accept an order</source>
        <translation>售价的 30%，在接单时缴纳</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="330"/>
        <source>Sign offers</source>
        <translation>签署报价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="331"/>
        <source>Password of {account}:</source>
        <translation>{account} 的密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="340"/>
        <source>Signing offers</source>
        <translation>正在签署报价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="348"/>
        <source>{signed} offers signed by {seller} on {network}; {payable} listings can be paid in {symbol}. Export the site again to publish them.</source>
        <translation>{seller} 已在 {network} 上签署 {signed} 个报价，{payable} 件商品可用 {symbol} 支付。请重新导出网站以发布。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="359"/>
        <source>Not serving.</source>
        <translation>未在局域网共享。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="364"/>
        <source>Export the site first.</source>
        <translation>请先导出网站。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="377"/>
        <source>Buyers on this network open {url}</source>
        <translation>同一局域网内的买家可打开 {url}</translation>
    </message>
</context>
<context>
    <name>TasksIndicator</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="34"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="48"/>
        <source>{title} and {n} more</source>
        <translation>{title} 等 {n} 项</translation>
    </message>
</context>
<context>
    <name>WalletDialogs</name>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="34"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="40"/>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
</context>
<context>
    <name>WalletPage</name>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="34"/>
        <location filename="../../desktop/ui/pages/wallet.py" line="24"/>
        <source>Wallet</source>
        <translation>钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="29"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="37"/>
        <source>Add network…</source>
        <translation>添加网络…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="46"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="46"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="46"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="46"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="53"/>
        <source>New account…</source>
        <translation>新建账户…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="54"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="55"/>
        <source>Back up phrase…</source>
        <translation>备份助记词…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="56"/>
        <source>Send…</source>
        <translation>转账…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="57"/>
        <source>Export keystore…</source>
        <translation>导出密钥文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="58"/>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="59"/>
        <source>Get test money</source>
        <translation>领取测试币</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="60"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="84"/>
        <source>Loading the wallet…</source>
        <translation>正在加载钱包…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="85"/>
        <source>Loading the wallet</source>
        <translation>正在加载钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="112"/>
        <source>Sandbox: test money on this computer only, not real money.</source>
        <translation>沙盒（本机测试）：测试币只在这台电脑上有效，不是真钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="119"/>
        <source>An account&apos;s recovery phrase is not backed up yet: use “Back up phrase…”.</source>
        <translation>有账户的助记词还没有备份：请使用“备份助记词…”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="122"/>
        <source>not backed up</source>
        <translation>未备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="122"/>
        <source>backed up</source>
        <translation>已备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="123"/>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="164"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="164"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="165"/>
        <source>wrong chain</source>
        <translation>链不匹配</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="169"/>
        <source>Checking {network}</source>
        <translation>正在检查 {network}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="196"/>
        <source>Reading balances</source>
        <translation>正在读取余额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="208"/>
        <source>Getting test money</source>
        <translation>正在领取测试币</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="224"/>
        <source>Adding network {name}</source>
        <translation>正在添加网络 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="245"/>
        <source>The passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="259"/>
        <source>Importing account</source>
        <translation>正在导入账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="263"/>
        <location filename="../../desktop/ui/pages/wallet.py" line="282"/>
        <source>Back up phrase</source>
        <translation>备份助记词</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="263"/>
        <location filename="../../desktop/ui/pages/wallet.py" line="291"/>
        <source>Password of this account:</source>
        <translation>这个账户的密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="291"/>
        <location filename="../../desktop/ui/pages/wallet.py" line="294"/>
        <source>Export keystore</source>
        <translation>导出密钥文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="295"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="305"/>
        <source>Exporting keystore</source>
        <translation>正在导出密钥文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="306"/>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="313"/>
        <source>Remove {label} ({address})? Its keys leave this computer&apos;s keyring; only its recovery phrase or an exported keystore can bring it back.</source>
        <translation>移除 {label}（{address}）吗？它的密钥将从本机的系统钥匙串中删除，只有助记词或导出的密钥文件才能恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="317"/>
        <source>Its recovery phrase was never backed up: anything it holds will be lost.</source>
        <translation>它的助记词从未备份：账户里的资产将全部丢失。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="344"/>
        <source>Preparing the transfer</source>
        <translation>正在准备转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="349"/>
        <source>Send {amount} to {recipient} on {network}?
Network fee: about {fee} ETH, at most {max_fee} ETH.</source>
        <translation>在 {network} 上向 {recipient} 转账 {amount} 吗？
网络手续费：约 {fee} ETH，最多 {max_fee} ETH。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="353"/>
        <source>Confirm transfer</source>
        <translation>确认转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="353"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="366"/>
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="27"/>
        <location filename="../../desktop/ui/dialogs.py" line="31"/>
        <location filename="../../desktop/ui/dialogs.py" line="36"/>
        <source>Ziliudi</source>
        <translation>自留地</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="73"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="11"/>
        <source>A profile named “{name}” already exists.</source>
        <translation>已有名为“{name}”的账本。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="12"/>
        <source>A profile named “{name}” already exists; choose another name or replace it.</source>
        <translation>已有名为“{name}”的账本；请换一个名称，或选择替换它。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="13"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="14"/>
        <source>Choose a password for this account.</source>
        <translation>请为这个账户设置密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="15"/>
        <source>Choose a stock file first.</source>
        <translation>请先选择库存文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="16"/>
        <source>Choose the account that signs with --account ADDRESS|LABEL ({count} accounts are here).</source>
        <translation>请用 --account 地址|名称 指定签名账户（这里有 {count} 个账户）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="17"/>
        <source>Choose the signing account with --account ({count} accounts are here).</source>
        <translation>请用 --account 指定签名账户（这里有 {count} 个账户）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="18"/>
        <source>Enter the carrier and the tracking number.</source>
        <translation>请填写快递公司和运单号。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="19"/>
        <source>Expected {what} on stdin.</source>
        <translation>标准输入中应有{what}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="20"/>
        <source>Give the RPC URL with --rpc-url or --rpc-url-stdin.</source>
        <translation>请用 --rpc-url 或 --rpc-url-stdin 提供 RPC 地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="21"/>
        <source>Name the lot the stock goes into.</source>
        <translation>请填写库存要导入的档期名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="22"/>
        <source>No profile is open.</source>
        <translation>没有打开的账本。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="23"/>
        <source>Not sent.</source>
        <translation>未发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="24"/>
        <source>Nothing removed.</source>
        <translation>未删除任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="25"/>
        <source>Refusing without confirmation: add --yes.</source>
        <translation>未经确认不会执行：请加上 --yes。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="26"/>
        <source>Simulated buyers exist only on the Sandbox network.</source>
        <translation>模拟买家只在沙盒网络中可用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="27"/>
        <source>Something went wrong ({kind}). Details were written to the log.</source>
        <translation>出错了（{kind}）。详细信息已写入日志。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="28"/>
        <source>Test money exists only on the Sandbox network.</source>
        <translation>测试币只在沙盒网络中可用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="29"/>
        <source>That is not the buyer&apos;s signature of this settlement.</source>
        <translation>这不是买家对此结算方案的签名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="30"/>
        <source>That listing has no signed offer yet: sign offers first.</source>
        <translation>这个商品还没有签名报价：请先签署报价。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="31"/>
        <source>The account is locked. Enter its password to unlock it.</source>
        <translation>账户已锁定。请输入密码解锁。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="32"/>
        <source>The network {network} has no escrow contract set.</source>
        <translation>网络 {network} 还没有设置担保合约。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="33"/>
        <source>The network {network} has no stablecoin and escrow contract set; add their addresses to it on the Wallet page first.</source>
        <translation>网络 {network} 还没有设置稳定币和担保合约；请先在钱包页面填写它们的地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="34"/>
        <source>The network {network} has no token set.</source>
        <translation>网络 {network} 还没有设置代币。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="35"/>
        <source>The network {network} has no token set; use --native to send its coin.</source>
        <translation>网络 {network} 还没有设置代币；要发送原生币请加 --native。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="36"/>
        <source>The offer for {sku} cannot be signed: {problems}.</source>
        <translation>{sku} 的报价无法签署：{problems}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="37"/>
        <source>The store is paid to {payout}: sign the offers with that account, or change the payout account in the store profile.</source>
        <translation>店铺的收款账户是 {payout}：请用该账户签署报价，或在店铺资料中更换收款账户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="38"/>
        <source>The store&apos;s key for delivery details is missing from the keyring; orders already placed cannot be read. Make a new key to go on.</source>
        <translation>系统钥匙串中找不到店铺的收货信息密钥；已有订单的收货信息将无法读取。请生成新密钥后继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="39"/>
        <source>The store&apos;s key for delivery details is not in the keyring.</source>
        <translation>店铺的收货信息密钥不在系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="40"/>
        <source>The two parts must add up to {held}, what the escrow holds.</source>
        <translation>两部分之和必须等于担保中托管的 {held}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="41"/>
        <source>There is no backup file at {path}.</source>
        <translation>{path} 处没有备份文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="42"/>
        <source>There is no profile named “{name}”.</source>
        <translation>没有名为“{name}”的账本。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="43"/>
        <source>There is no single account with the address or label “{ref}”.</source>
        <translation>找不到地址或名称为“{ref}”的唯一账户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="44"/>
        <source>There is no wallet account to sign with yet: make one with “ziliudi wallet new” or import one with “ziliudi wallet import”.</source>
        <translation>还没有可用于签名的钱包账户：请用“ziliudi wallet new”新建，或用“ziliudi wallet import”导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="45"/>
        <source>Wrong password for this account.</source>
        <translation>账户密码错误。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="46"/>
        <source>{address} is not one of the simulated buyers.</source>
        <translation>{address} 不是模拟买家之一。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="47"/>
        <source>“{name}” cannot be a profile name: use 1 to 64 characters without / \ : * ? &quot; &lt; &gt; |.</source>
        <translation>“{name}”不能作为账本名称：请使用 1 到 64 个字符，且不含 / \ : * ? &quot; &lt; &gt; |。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="48"/>
        <source>“{text}” is not a date and time like 2025-06-01T10:00.</source>
        <translation>“{text}”不是形如 2025-06-01T10:00 的日期时间。</translation>
    </message>
</context>
<context>
    <name>lots</name>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="78"/>
        <source>Three commission levels are allowed, but three levels together with an entry fee or pay for recruits is a crime in China (Criminal Code 224-1).</source>
        <translation>最多允许三级佣金，但三级分佣再加上入门费或拉人头奖励，在中国属于犯罪（《刑法》第二百二十四条之一）。</translation>
    </message>
</context>
<context>
    <name>stock</name>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="52"/>
        <source>SKU {sku} is already on row {first_row}</source>
        <translation>SKU {sku} 已在第 {first_row} 行出现</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="53"/>
        <source>formula without a saved value: open the file in Excel or WPS, save it, and import again</source>
        <translation>公式没有保存的计算结果：请用 Excel 或 WPS 打开文件、保存后重新导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="54"/>
        <source>the product name is empty</source>
        <translation>商品名称为空</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="55"/>
        <source>there is no price: fill in the tag price or the supply price</source>
        <translation>没有价格：请填写吊牌价或供货价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="56"/>
        <source>the quantity is empty</source>
        <translation>数量为空</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="57"/>
        <source>the style number is empty</source>
        <translation>款号为空</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="58"/>
        <source>price {value} is negative</source>
        <translation>价格 {value} 为负数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="59"/>
        <source>quantity {value} is negative</source>
        <translation>数量 {value} 为负数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="60"/>
        <source>“{value}” is not a number</source>
        <translation>“{value}”不是数字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="61"/>
        <source>quantity {value} is not a whole number</source>
        <translation>数量 {value} 不是整数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="62"/>
        <source>supply price {supply} is above tag price {tag}</source>
        <translation>供货价 {supply} 高于吊牌价 {tag}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="63"/>
        <source>{value} has more than 2 decimals</source>
        <translation>{value} 的小数超过 2 位</translation>
    </message>
</context>
</TS>
