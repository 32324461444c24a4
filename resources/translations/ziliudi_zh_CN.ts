<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="22"/>
        <source>About Ziliudi</source>
        <translation>关于自留地</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="28"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="29"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="31"/>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="33"/>
        <source>Runs on</source>
        <translation>运行环境</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="33"/>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation>Qt {qt}，PySide6 {pyside}，Python {python}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="52"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="62"/>
        <source>The folder {folder} does not exist yet.</source>
        <translation>文件夹 {folder} 还不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="65"/>
        <source>No file manager opened {folder}.</source>
        <translation>没有文件管理器能打开 {folder}。</translation>
    </message>
</context>
<context>
    <name>AddNetworkDialog</name>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="244"/>
        <source>Add network</source>
        <translation>添加网络</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="246"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="250"/>
        <source>RPC URL</source>
        <translation>RPC 地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="253"/>
        <source>Chain id</source>
        <translation>链 ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="255"/>
        <source>Stablecoin address</source>
        <translation>稳定币合约地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="257"/>
        <source>Escrow contract address</source>
        <translation>担保合约地址</translation>
    </message>
</context>
<context>
    <name>ArbitrationPage</name>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="37"/>
        <location filename="../../desktop/ui/pages/arbitration.py" line="95"/>
        <source>Arbitration</source>
        <translation>仲裁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="98"/>
        <source>Disputes whose offer names one of this profile&apos;s accounts as arbitrator. Statements are sealed to your key and opened here only.</source>
        <translation>报价中指定本档案账户为仲裁人的争议。陈述用你的密钥加密，只在这里打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="109"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="109"/>
        <source>Escrow holds</source>
        <translation>托管金额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="110"/>
        <source>Your fee</source>
        <translation>你的费用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="110"/>
        <source>Rule before</source>
        <translation>裁决截止</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="111"/>
        <source>Statements</source>
        <translation>陈述</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="126"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="127"/>
        <source>Rule…</source>
        <translation>裁决…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="128"/>
        <source>Save arbitrator card…</source>
        <translation>保存仲裁人名片…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="157"/>
        <source>Reading disputes</source>
        <translation>正在读取争议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="168"/>
        <source>Syncing escrow events</source>
        <translation>正在同步托管事件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="182"/>
        <source>{count} open disputes</source>
        <translation>{count} 个未决争议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="196"/>
        <source>Neither party has made a statement.</source>
        <translation>双方都还没有陈述。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="197"/>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="197"/>
        <source>Seller</source>
        <translation>卖家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="214"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="214"/>
        <source>A ruling on order {order}</source>
        <translation>订单 {order} 的裁决</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="215"/>
        <source>Ruling</source>
        <translation>裁决</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="215"/>
        <source>Arbitrator</source>
        <translation>仲裁人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="216"/>
        <source>Rule</source>
        <translation>裁决</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="217"/>
        <source>Password of the arbitrator account {address}:</source>
        <translation>仲裁人账户 {address} 的密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="416"/>
        <source>Ruled on order {order}: {ruling}</source>
        <translation>已对订单 {order} 作出裁决：{ruling}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="230"/>
        <source>Sending the ruling</source>
        <translation>正在发送裁决</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="249"/>
        <source>Save arbitrator card</source>
        <translation>保存仲裁人名片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="250"/>
        <source>Arbitrator card (*.json)</source>
        <translation>仲裁人名片 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="240"/>
        <location filename="../../desktop/ui/pages/arbitration.py" line="256"/>
        <source>Arbitrator card</source>
        <translation>仲裁人名片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="240"/>
        <source>The account that arbitrates:</source>
        <translation>担任仲裁的账户：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="257"/>
        <source>How parties reach you (WeChat, phone):</source>
        <translation>当事人如何联系你（微信、电话）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="263"/>
        <source>Saving the arbitrator card</source>
        <translation>正在保存仲裁人名片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="265"/>
        <source>The arbitrator card is saved to {path}: send it to the stores that name you.</source>
        <translation>仲裁人名片已保存到 {path}：请发给指定你为仲裁人的小店。</translation>
    </message>
</context>
<context>
    <name>ArbitratorDialog</name>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="219"/>
        <source>Arbitrator</source>
        <translation>仲裁人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="224"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="227"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="235"/>
        <location filename="../../desktop/ui/store_dialogs.py" line="252"/>
        <source>Arbitrator&apos;s card</source>
        <translation>仲裁人名片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="238"/>
        <source>Fee per disputed order ({currency})</source>
        <translation>每笔争议订单的费用（{currency}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="240"/>
        <source>Offers signed from now on name this arbitrator; its fee is at most 20% of a listing&apos;s price.</source>
        <translation>今后签署的报价将指定此仲裁人；其费用最多为商品价格的 20%。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="243"/>
        <source>No arbitrator</source>
        <translation>不设仲裁人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="253"/>
        <source>Arbitrator card (*.json)</source>
        <translation>仲裁人名片 (*.json)</translation>
    </message>
</context>
<context>
    <name>BooksMemo</name>
    <message>
        <location filename="../../desktop/book_words.py" line="83"/>
        <source>Escrow {number}: {event}</source>
        <extracomment>The memos of the entries the app posts (shop.books keeps each as an English template and its values, journal.Memo), said in the interface&apos;s language (context &quot;BooksMemo&quot;).</extracomment>
        <translation>托管订单 {number}：{event}</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="84"/>
        <source>Escrow {number}: our share as a payee ({event})</source>
        <translation>托管订单 {number}：我方收款分成（{event}）</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="85"/>
        <source>Escrow {number}: our arbitration fee ({event})</source>
        <translation>托管订单 {number}：我方仲裁费（{event}）</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="86"/>
        <source>Gone from the chain: escrow {number}</source>
        <translation>已从链上消失：托管订单 {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="87"/>
        <source>Reversal of #{entry}</source>
        <translation>冲销 #{entry}</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="88"/>
        <source>Stock at supply price: {lot}</source>
        <translation>按供货价入库：{lot}</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="89"/>
        <source>Sale X-{order}: {quantity} x {item} ({style})</source>
        <translation>线下销售 X-{order}：{item}（{style}）× {quantity}</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="90"/>
        <source>Refund X-{order}</source>
        <translation>线下退款 X-{order}</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="91"/>
        <source>Payout credited, to withdraw</source>
        <translation>货款已记入托管余额，待提取</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="92"/>
        <source>Network fee: {purpose}</source>
        <translation>网络手续费：{purpose}</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="93"/>
        <source>Credit withdrawn</source>
        <translation>已提取托管余额</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="94"/>
        <source>Commission for {month} paid to {member} by hand</source>
        <translation>线下支付 {month} 佣金给 {member}</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="99"/>
        <source>Funded</source>
        <extracomment>The escrow events an escrow entry&apos;s memo names ({event}), in the same context.</extracomment>
        <translation>买家已付款</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="99"/>
        <source>Accepted</source>
        <translation>已接单</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="100"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="100"/>
        <source>Declined</source>
        <translation>已拒单</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="101"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="101"/>
        <source>Reclaimed</source>
        <translation>买家已取回</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="102"/>
        <source>Confirmed</source>
        <translation>已确认收货</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="102"/>
        <source>Claimed</source>
        <translation>卖家已收款</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="103"/>
        <source>Ruled</source>
        <translation>已裁决</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="103"/>
        <source>Settled</source>
        <translation>已协商结算</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="104"/>
        <source>DisputeTimedOut</source>
        <translation>争议已超时</translation>
    </message>
</context>
<context>
    <name>BooksPage</name>
    <message>
        <location filename="../../desktop/book_words.py" line="14"/>
        <source>Cash</source>
        <extracomment>How each account of the chart reads in the interface (context &quot;BooksPage&quot;).</extracomment>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="15"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="16"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="17"/>
        <source>Bank</source>
        <translation>银行存款</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="18"/>
        <source>Wallet</source>
        <translation>钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="19"/>
        <source>Money in escrow</source>
        <translation>担保中的款项</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="20"/>
        <source>Bonds posted</source>
        <translation>已缴保证金</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="21"/>
        <source>Inventory</source>
        <translation>库存商品</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="22"/>
        <source>Credits to withdraw</source>
        <translation>待提取款项</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="23"/>
        <source>Commissions receivable</source>
        <translation>应收佣金</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="24"/>
        <source>Owed to suppliers</source>
        <translation>应付供应商</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="25"/>
        <source>Commissions payable</source>
        <translation>应付佣金</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="26"/>
        <source>Buyers&apos; money in escrow</source>
        <translation>买家担保款</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="27"/>
        <source>Owner&apos;s stock and capital</source>
        <translation>实收资本与自有库存</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="28"/>
        <source>Sales</source>
        <translation>销售收入</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="29"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="30"/>
        <source>Commission income</source>
        <translation>佣金收入</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="31"/>
        <source>Arbitration fee income</source>
        <translation>仲裁费收入</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="32"/>
        <source>Cost of goods</source>
        <translation>销售成本</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="33"/>
        <source>Commissions paid</source>
        <translation>佣金支出</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="34"/>
        <source>Network fees</source>
        <translation>网络手续费</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="35"/>
        <source>Arbitration fees</source>
        <translation>仲裁费</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="36"/>
        <source>Bonds lost</source>
        <translation>保证金损失</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="37"/>
        <source>Other expenses</source>
        <translation>其他费用</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="131"/>
        <source>Reversal</source>
        <translation>冲销</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="133"/>
        <source>Offline refund</source>
        <translation>线下退款</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="132"/>
        <source>Offline sale</source>
        <translation>线下销售</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="124"/>
        <source>Stock received</source>
        <extracomment>What posted an entry, by the prefix of its source (context &quot;BooksPage&quot;).</extracomment>
        <translation>库存入账</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="125"/>
        <source>Escrow order</source>
        <translation>担保订单</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="126"/>
        <source>Escrow credit</source>
        <translation>担保待提款</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="127"/>
        <source>Credit withdrawn</source>
        <translation>已提取待领款</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="128"/>
        <source>Network fee</source>
        <translation>网络手续费</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="129"/>
        <source>Commission paid by hand</source>
        <translation>线下结算佣金</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="134"/>
        <source>Manual</source>
        <translation>手工记账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="42"/>
        <location filename="../../desktop/ui/pages/books.py" line="105"/>
        <source>Books</source>
        <translation>账本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="80"/>
        <source>Date</source>
        <extracomment>Accounts whose balance people read as a positive amount when it is a credit.</extracomment>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="81"/>
        <source>Entry</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="82"/>
        <source>Posted by</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="83"/>
        <source>What for</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="84"/>
        <location filename="../../desktop/ui/pages/books.py" line="166"/>
        <location filename="../../desktop/ui/pages/books.py" line="234"/>
        <source>Account</source>
        <translation>科目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="85"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="110"/>
        <source>Record an entry…</source>
        <translation>记一笔…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="111"/>
        <source>Reverse entry</source>
        <translation>冲销凭证</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="112"/>
        <source>Receipt…</source>
        <translation>收据…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="113"/>
        <source>Export for Beancount…</source>
        <translation>导出 Beancount…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="115"/>
        <source>Export journal CSV…</source>
        <translation>导出日记账 CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="116"/>
        <source>Export report…</source>
        <translation>导出报表…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="129"/>
        <source>The receipt picture of the chosen entry</source>
        <translation>所选分录的收据图片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="156"/>
        <source>All accounts</source>
        <translation>全部科目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="159"/>
        <source>From (2025-01-01)</source>
        <translation>起（2025-01-01）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="162"/>
        <source>To (2025-12-31)</source>
        <translation>止（2025-12-31）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="165"/>
        <source>Search what for…</source>
        <translation>搜索摘要…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="203"/>
        <source>Bringing the books up to date</source>
        <translation>正在补记账目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="225"/>
        <source>Reading the balances</source>
        <translation>正在读取余额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="234"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="245"/>
        <source>Income less expenses in the period: {amount}</source>
        <translation>本期收支净额：{amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="251"/>
        <source>Choose an entry first.</source>
        <translation>请先选择一条凭证。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="274"/>
        <source>Posting the entry</source>
        <translation>正在记账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="276"/>
        <source>Posted entry #{entry}.</source>
        <translation>已记账，凭证 #{entry}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="284"/>
        <source>Reading the receipt</source>
        <translation>正在读取收据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="294"/>
        <source>Reverse entry #{entry}? A new entry undoes it; the entry itself stays.</source>
        <translation>冲销凭证 #{entry}？将新增一条凭证抵消它，原凭证保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="297"/>
        <source>Reversing the entry</source>
        <translation>正在冲销</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="300"/>
        <source>Entry #{entry} is reversed by entry #{reversal}.</source>
        <translation>凭证 #{entry} 已由凭证 #{reversal} 冲销。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="308"/>
        <source>Exporting the books</source>
        <translation>正在导出账本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="311"/>
        <source>Wrote {path}.</source>
        <translation>已写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="315"/>
        <source>Export for Beancount</source>
        <translation>导出 Beancount</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="316"/>
        <source>Beancount files (*.beancount)</source>
        <translation>Beancount 文件 (*.beancount)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="319"/>
        <source>Export journal CSV</source>
        <translation>导出日记账 CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="320"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="330"/>
        <source>Excel workbooks (*.xlsx);;PDF files (*.pdf);;CSV files (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;PDF 文件 (*.pdf);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/books.py" line="331"/>
        <source>Export report</source>
        <translation>导出报表</translation>
    </message>
</context>
<context>
    <name>BooksReport</name>
    <message>
        <location filename="../../desktop/book_words.py" line="49"/>
        <source>Books</source>
        <extracomment>The words of the reports&apos; PDF (context &quot;BooksReport&quot;): its title, sections and columns.</extracomment>
        <translation>账本</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="50"/>
        <source>Balance sheet</source>
        <translation>资产负债表</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="51"/>
        <source>Profit and loss</source>
        <translation>损益表</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="52"/>
        <source>Cash and token flows</source>
        <translation>现金与代币流量</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="53"/>
        <source>Sales by lot</source>
        <translation>按档期销售</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="54"/>
        <source>Sales by listing</source>
        <translation>按商品销售</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="55"/>
        <source>Sales by customer</source>
        <translation>按客户销售</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="56"/>
        <source>Sales by day</source>
        <translation>按日销售</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="57"/>
        <source>Sell-through</source>
        <translation>售罄率</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="58"/>
        <source>Net income</source>
        <translation>净利润</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="59"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="60"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="61"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="62"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="63"/>
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="64"/>
        <source>Opening</source>
        <translation>期初</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="65"/>
        <source>In</source>
        <translation>流入</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="66"/>
        <source>Out</source>
        <translation>流出</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="67"/>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="68"/>
        <source>Offered</source>
        <translation>可售数量</translation>
    </message>
    <message>
        <location filename="../../desktop/book_words.py" line="69"/>
        <source>Sold share</source>
        <translation>售出比例</translation>
    </message>
</context>
<context>
    <name>BulkPricingDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="45"/>
        <source>Bulk pricing</source>
        <translation>批量定价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="48"/>
        <source>Supply price</source>
        <translation>供货价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="49"/>
        <source>Suggested retail price</source>
        <translation>建议零售价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="50"/>
        <source>Current price</source>
        <translation>当前售价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="56"/>
        <source>Round up to end in 9</source>
        <translation>向上取整，尾数为 9</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="58"/>
        <source>Start from</source>
        <translation>基准价格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="59"/>
        <source>Add</source>
        <translation>加价</translation>
    </message>
</context>
<context>
    <name>CounterCamera</name>
    <message>
        <location filename="../../desktop/ui/counter_camera.py" line="79"/>
        <source>Camera</source>
        <extracomment>At most this many seconds between the starts of two decodes: about three frames a second. The frame&apos;s long side is scaled down to this many pixels: a QR held up to a laptop&apos;s camera still reads, and a decode stays short. The same code seen again within this many seconds of its last sighting is not taken again: a QR held up for a while is read once.</extracomment>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter_camera.py" line="111"/>
        <source>Read the buyer&apos;s QR code with this computer&apos;s camera.</source>
        <translation>用这台电脑的摄像头扫买家的二维码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter_camera.py" line="121"/>
        <source>No camera was found on this computer: scan with a barcode scanner or type the order number.</source>
        <translation>这台电脑上没有找到摄像头：请用扫码枪扫码，或输入订单号。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter_camera.py" line="140"/>
        <source>This computer does not let the app use the camera: allow it in the system&apos;s privacy settings.</source>
        <translation>系统不允许本应用使用摄像头：请在系统隐私设置中允许。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter_camera.py" line="173"/>
        <source>Hold the buyer&apos;s QR code up to the camera.</source>
        <translation>请把买家的二维码对准摄像头。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter_camera.py" line="189"/>
        <source>The camera is off: {reason}</source>
        <translation>摄像头已关闭：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/counter_camera.py" line="207"/>
        <source>Reading the camera&apos;s picture</source>
        <translation>正在识别摄像头画面</translation>
    </message>
</context>
<context>
    <name>CounterDialog</name>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="172"/>
        <source>Counter: pickup orders</source>
        <translation>门店柜台：自提订单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="174"/>
        <source>Scan the buyer&apos;s QR code, or type the order number and press Enter.</source>
        <translation>扫描买家的二维码，或输入订单号后按回车。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="178"/>
        <source>order number, e.g. 1-2</source>
        <translation>订单号，例如 1-2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="191"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="191"/>
        <source>Goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="192"/>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="192"/>
        <source>Pickup point</source>
        <translation>自提门店</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="193"/>
        <source>Pickup code</source>
        <translation>取货码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="193"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="241"/>
        <source>Looking up the order</source>
        <translation>正在查找订单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="258"/>
        <source>{goods} × {quantity}</source>
        <translation>{goods} × {quantity}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="262"/>
        <source>delivery, not pickup</source>
        <translation>快递订单，不是自提</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="271"/>
        <source>The buyer confirmed receipt on chain: hand over the goods.</source>
        <translation>买家已在链上确认收货：可以交货。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="273"/>
        <source>Ready for pickup. Waiting for the buyer to confirm receipt on their phone…</source>
        <translation>已备好货，等待买家在手机上确认收货…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="276"/>
        <source>Not marked ready for pickup yet.</source>
        <translation>还没有标记为备货完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="277"/>
        <source>This order is {state}: do not hand over goods for it.</source>
        <translation>这笔订单的状态是“{state}”：请不要交货。</translation>
    </message>
</context>
<context>
    <name>CreditsPanel</name>
    <message>
        <location filename="../../desktop/ui/order_credits.py" line="41"/>
        <source>Money waiting for you: {amount} —</source>
        <translation>有待您提取的款项：{amount} —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_credits.py" line="44"/>
        <source>A payout to {address} the token refused; the escrow keeps it until you withdraw it.</source>
        <translation>代币拒绝了付给 {address} 的款项；托管合约会替您保管，直到您提取。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_credits.py" line="47"/>
        <location filename="../../desktop/ui/order_credits.py" line="56"/>
        <source>Withdraw</source>
        <translation>提取</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_credits.py" line="58"/>
        <source>Withdraw {amount} to {address}? Password of that account:</source>
        <translation>将 {amount} 提取到 {address}？请输入该账户的密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="417"/>
        <source>Withdrew {amount} to {address}.</source>
        <translation>已提取 {amount} 到 {address}。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="32"/>
        <location filename="../../desktop/ui/pages/dashboard.py" line="34"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/dashboard.py" line="39"/>
        <source>Sales this month</source>
        <translation>本月销售额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/dashboard.py" line="40"/>
        <source>Income less expenses this month</source>
        <translation>本月收支净额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/dashboard.py" line="41"/>
        <source>Money on hand</source>
        <translation>可用资金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/dashboard.py" line="42"/>
        <source>Stock at supply price</source>
        <translation>库存（按供货价）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/dashboard.py" line="67"/>
        <source>Reading the overview</source>
        <translation>正在读取概览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/dashboard.py" line="99"/>
        <source>Net sales per day (元)</source>
        <translation>每日净销售额（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/dashboard.py" line="99"/>
        <source>Net sales</source>
        <translation>净销售额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/dashboard.py" line="102"/>
        <source>Where the money is (元)</source>
        <translation>资金分布（元）</translation>
    </message>
</context>
<context>
    <name>DeliveryDetails</name>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="557"/>
        <source>name</source>
        <extracomment>The keys of a buyer&apos;s delivery details (storefront checkout, pickup, the Sandbox&apos;s buyer).</extracomment>
        <translation>收货人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="558"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="559"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="560"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="561"/>
        <source>pickup</source>
        <translation>自提点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="562"/>
        <source>reply</source>
        <translation>回复密钥</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="119"/>
        <source>Dispute order {escrow}</source>
        <translation>对订单 {escrow} 申请仲裁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="122"/>
        <source>Open a dispute on order {escrow}? No arbitrator: a dispute can only time out. When the arbitration deadline passes the price goes back to the buyer, and the bond to you only if you had marked the order shipped.</source>
        <translation>要对订单 {escrow} 申请仲裁吗？没有仲裁人：争议只能等到超时处理。仲裁期限过后，货款退回买家；只有你已标记发货时，保证金才退给你。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="127"/>
        <source>Open a dispute on order {escrow}? The arbitrator named in the offer will rule a split and takes its stated fee; if it stays silent, the price goes back to the buyer, and the bond to you only if you had marked the order shipped.</source>
        <translation>要对订单 {escrow} 申请仲裁吗？报价中指定的仲裁人将裁决如何分配，并收取其声明的费用；如果仲裁人不作裁决，货款退回买家，只有你已标记发货时保证金才退给你。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="136"/>
        <source>What happened, for the arbitrator only (sealed to its key)</source>
        <translation>事情经过，只给仲裁人看（用其密钥加密）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="139"/>
        <source>Statement</source>
        <translation>陈述</translation>
    </message>
</context>
<context>
    <name>DistributorSheetDialog</name>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="164"/>
        <source>Export sheet for a distributor</source>
        <translation>为分销商导出货单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="168"/>
        <source>The sheet is for this distributor alone: its offers never promise more than the units set aside here.</source>
        <translation>此货单仅供该分销商使用：其报价承诺的数量不会超过这里为其预留的件数。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="173"/>
        <source>Distributor&apos;s account address</source>
        <translation>分销商账户地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="180"/>
        <source>Signed by</source>
        <translation>签名账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="184"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="184"/>
        <source>Not sold</source>
        <translation>未售</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="185"/>
        <source>Allotment</source>
        <translation>配额</translation>
    </message>
</context>
<context>
    <name>DownlinePage</name>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="40"/>
        <location filename="../../desktop/ui/pages/downline.py" line="186"/>
        <source>Downline</source>
        <translation>分销团队</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="38"/>
        <source>the supplier {account}: its supply price</source>
        <translation>供应商 {account}：供货价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="42"/>
        <source>{account} (level {level}): {rate}% of the price, rounded down</source>
        <translation>{account}（第 {level} 级）：售价的 {rate}%，向下取整</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="46"/>
        <source>Paid per unit ({lot})</source>
        <translation>每件支付（{lot}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="48"/>
        <source>{parts}; you get the rest</source>
        <translation>{parts}；其余归你</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="189"/>
        <source>Distributors you invited, and theirs. Commissions come from real sales only: never an entry fee, never pay for recruiting.</source>
        <translation>你邀请的分销商及其下线。佣金只来自真实销售：绝不收入门费，绝不为拉人付钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="199"/>
        <source>Invite…</source>
        <translation>邀请…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="200"/>
        <source>Join an upline…</source>
        <translation>加入上级…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="201"/>
        <source>Accept a member…</source>
        <translation>接收成员…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="202"/>
        <source>Statement…</source>
        <translation>对账单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="203"/>
        <source>Commission plan…</source>
        <translation>佣金方案…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="204"/>
        <source>Mark paid…</source>
        <translation>标记已付…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="214"/>
        <location filename="../../desktop/ui/pages/downline.py" line="336"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="214"/>
        <location filename="../../desktop/ui/pages/downline.py" line="348"/>
        <source>Joined</source>
        <translation>已加入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="215"/>
        <source>Members below</source>
        <translation>下线人数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="248"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="249"/>
        <source>Your account {account}; upline: {upline}; {count} members below you.</source>
        <translation>你的账户 {account}；上级：{upline}；下线共 {count} 人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="262"/>
        <source>Your team</source>
        <translation>你的团队</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="263"/>
        <source>Team of {member}</source>
        <translation>{member} 的团队</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="264"/>
        <source>Reading the team&apos;s months</source>
        <translation>正在读取团队月度数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="300"/>
        <location filename="../../desktop/ui/pages/downline.py" line="335"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="300"/>
        <source>An invite to your downline (EIP-712, “Ziliudi Downline”)</source>
        <translation>加入你下线的邀请（EIP-712，“Ziliudi Downline”）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="302"/>
        <location filename="../../desktop/ui/pages/downline.py" line="336"/>
        <source>Upline</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="302"/>
        <source>Valid for</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="302"/>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="303"/>
        <location filename="../../desktop/ui/pages/downline.py" line="314"/>
        <source>Invite</source>
        <translation>邀请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="304"/>
        <location filename="../../desktop/ui/pages/downline.py" line="338"/>
        <source>Password of {account}:</source>
        <translation>{account} 的密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="307"/>
        <source>Signing the invite</source>
        <translation>正在签署邀请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="315"/>
        <source>Send this invite, or let the invitee scan the code. It can be used until {date}.</source>
        <translation>发送这份邀请，或让对方扫码。有效期至 {date}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="324"/>
        <location filename="../../desktop/ui/pages/downline.py" line="337"/>
        <source>Join an upline</source>
        <translation>加入上级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="325"/>
        <source>Paste the invite (its code or link):</source>
        <translation>粘贴邀请（邀请码或链接）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="335"/>
        <source>Joining a downline, once and for good</source>
        <translation>加入下线（一经绑定不可更改）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="341"/>
        <source>Joining the downline</source>
        <translation>正在加入下线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="349"/>
        <source>You are in the downline of {upline}. Send this acceptance back to them so that they can record you.</source>
        <translation>你已加入 {upline} 的下线。请把这份确认书发回给对方，以便对方记录你。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="355"/>
        <source>Accept a member</source>
        <translation>接收成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="356"/>
        <source>Paste the member&apos;s acceptance:</source>
        <translation>粘贴成员的确认书：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="359"/>
        <source>Recording the member</source>
        <translation>正在记录成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="362"/>
        <source>{member} is in your downline.</source>
        <translation>{member} 已加入你的下线。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="367"/>
        <source>Statement</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="367"/>
        <source>Month (YYYY-MM):</source>
        <translation>月份（YYYY-MM）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="371"/>
        <source>Building the statement</source>
        <translation>正在生成对账单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="382"/>
        <source>There is no lot yet: a commission plan belongs to a lot (make one on the Lots page).</source>
        <translation>还没有档期：佣金方案属于某个档期（请先在“档期”页新建）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="396"/>
        <source>Saving the commission plan</source>
        <translation>正在保存佣金方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="403"/>
        <source>level {n}: {rate}%</source>
        <translation>第 {n} 级：{rate}%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="405"/>
        <source>permanently</source>
        <translation>永久</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="406"/>
        <source>for {days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="407"/>
        <source>until another distributor brings them</source>
        <translation>直到其他分销商带来该客户为止</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="408"/>
        <source>{lot}: {levels}; customers stay with their distributor {binding}.</source>
        <translation>{lot}：{levels}；客户归属其分销商：{binding}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="409"/>
        <source>no commission</source>
        <translation>无佣金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="418"/>
        <location filename="../../desktop/ui/pages/downline.py" line="422"/>
        <source>Mark paid</source>
        <translation>标记已付</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="418"/>
        <source>Member&apos;s address:</source>
        <translation>成员地址：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="423"/>
        <source>Month of the sales (YYYY-MM):</source>
        <translation>销售月份（YYYY-MM）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="426"/>
        <source>Reading what is owed</source>
        <translation>正在读取应付佣金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="433"/>
        <source>Mark {amount} paid to {member} for {month}? It is their commission on {count} offline sales; it becomes settled.</source>
        <translation>将 {month} 应付给 {member} 的 {amount} 标记为已付？这是其 {count} 笔线下销售的佣金，标记后即为已结算。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="439"/>
        <source>Marking paid</source>
        <translation>正在标记已付</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="442"/>
        <source>Marked {amount} paid to {member} for {month}.</source>
        <translation>已将 {month} 付给 {member} 的 {amount} 标记为已付。</translation>
    </message>
</context>
<context>
    <name>Dropship</name>
    <message>
        <location filename="../../desktop/ui/dropship_dialogs.py" line="60"/>
        <source>No lot here came from a supplier&apos;s sheet, so there is no one to ship for you.</source>
        <translation>这里没有来自供应商档期表的档期，所以没有可以为您代发的供应商。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dropship_dialogs.py" line="69"/>
        <source>Save the sealed shipping list</source>
        <translation>保存加密的代发货单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dropship_dialogs.py" line="70"/>
        <source>Sealed shipping list (*.zlship)</source>
        <translation>加密代发货单 (*.zlship)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dropship_dialogs.py" line="73"/>
        <source>Save the shipping list</source>
        <translation>保存代发货单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dropship_dialogs.py" line="74"/>
        <source>Excel workbook (*.xlsx);;CSV, opens in Excel (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，可用 Excel 打开 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dropship_dialogs.py" line="78"/>
        <source>Writing the shipping list</source>
        <translation>正在写入代发货单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dropship_dialogs.py" line="86"/>
        <source>{n} orders were written to {path}.</source>
        <translation>已将 {n} 个订单写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dropship_dialogs.py" line="89"/>
        <source>{count} pickup orders are left out: they are collected in the shop.</source>
        <translation>未列入 {count} 笔自提订单：买家到店取货。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dropship_dialogs.py" line="96"/>
        <source>The supplier&apos;s reply</source>
        <translation>供应商的发货回单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dropship_dialogs.py" line="97"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dropship_dialogs.py" line="100"/>
        <source>Reading the reply</source>
        <translation>正在读取回单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dropship_dialogs.py" line="110"/>
        <source>No row of the reply names an order waiting to be shipped.</source>
        <translation>回单中没有一行对应待发货的订单。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dropship_dialogs.py" line="116"/>
        <source>{n} more</source>
        <translation>另有 {n} 个</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dropship_dialogs.py" line="118"/>
        <source>Already shipped, left as they are</source>
        <translation>已发货，保持原样</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dropship_dialogs.py" line="122"/>
        <source>Refused rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dropship_dialogs.py" line="125"/>
        <source>The orders of one reply must be of one seller account.</source>
        <translation>一份回单中的订单必须属于同一个卖家账户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dropship_dialogs.py" line="127"/>
        <source>Mark {n} orders shipped</source>
        <translation>将 {n} 个订单标记为已发货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dropship_dialogs.py" line="129"/>
        <source>Password of the seller account {address} to mark them shipped in one transaction:</source>
        <translation>输入卖家账户 {address} 的密码，在一笔交易中把它们标记为已发货：</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../desktop/ui/books_dialogs.py" line="27"/>
        <source>Record an entry</source>
        <translation>记一笔</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/books_dialogs.py" line="35"/>
        <source>e.g. 35 or 35.50</source>
        <translation>例如 35 或 35.50</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/books_dialogs.py" line="46"/>
        <source>To (debit)</source>
        <translation>借方（收到）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/books_dialogs.py" line="47"/>
        <source>From (credit)</source>
        <translation>贷方（来自）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/books_dialogs.py" line="48"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/books_dialogs.py" line="49"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/books_dialogs.py" line="50"/>
        <source>What for</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/books_dialogs.py" line="51"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/books_dialogs.py" line="52"/>
        <source>Receipt picture</source>
        <translation>收据图片</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="141"/>
        <source>Delivery or pickup</source>
        <translation>快递或自提</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="143"/>
        <source>{count} listings chosen.</source>
        <translation>已选 {count} 个商品。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="146"/>
        <source>Delivery only</source>
        <translation>只发快递</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="147"/>
        <source>Pickup in the shop only</source>
        <translation>只能到店自提</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="148"/>
        <source>Delivery or pickup, as the buyer chooses</source>
        <translation>快递或到店自提，由买家选择</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="150"/>
        <source>Buyers get them by</source>
        <translation>取货方式</translation>
    </message>
</context>
<context>
    <name>ImportAccountDialog</name>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="187"/>
        <source>Import account</source>
        <translation>导入账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="189"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="192"/>
        <source>Recovery phrase</source>
        <translation>助记词</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="192"/>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="192"/>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="211"/>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="219"/>
        <source>Keystore file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="201"/>
        <source>Phrase or key</source>
        <translation>助记词或私钥</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="204"/>
        <source>Account number</source>
        <translation>账户序号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="206"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="214"/>
        <source>Keystore file&apos;s password</source>
        <translation>密钥文件的密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="219"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/i18n.py" line="96"/>
        <source>Product name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="97"/>
        <source>Style no.</source>
        <translation>款号</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="98"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="99"/>
        <source>Color</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="100"/>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="101"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="102"/>
        <source>Tag price</source>
        <translation>吊牌价</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="103"/>
        <source>Supply price</source>
        <translation>供货价</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="104"/>
        <source>Suggested retail price</source>
        <translation>建议零售价</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="105"/>
        <source>Minimum price</source>
        <translation>最低价</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="106"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="107"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="108"/>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="109"/>
        <source>VIP price</source>
        <translation>会员价</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="110"/>
        <source>Live-stream price</source>
        <translation>直播价</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="111"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="112"/>
        <source>Season</source>
        <translation>季节</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="113"/>
        <source>Material</source>
        <translation>面料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="49"/>
        <source>Import stock</source>
        <translation>导入库存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="60"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="61"/>
        <location filename="../../desktop/ui/import_wizard.py" line="181"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="63"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="80"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="90"/>
        <source>Stock file (CSV or XLSX)</source>
        <translation>库存文件（CSV 或 XLSX）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="91"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="92"/>
        <source>Into lot</source>
        <translation>导入到档期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="93"/>
        <source>Supplier (its column mapping is remembered)</source>
        <translation>供货商（会记住它的列对应关系）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="108"/>
        <source>Text encoding</source>
        <translation>文本编码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="153"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="153"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="153"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="180"/>
        <source>Import the valid rows</source>
        <translation>导入有效的行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="181"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="187"/>
        <source>Stock file</source>
        <translation>库存文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="188"/>
        <source>Stock files (*.csv *.txt *.xlsx)</source>
        <translation>库存文件 (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="214"/>
        <source>column {n}</source>
        <translation>第 {n} 列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="219"/>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="224"/>
        <source>The columns as you mapped them for this supplier last time.</source>
        <translation>沿用上次为这个供货商设置的列对应关系。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="226"/>
        <source>The columns as guessed from the header; correct any that are wrong.</source>
        <translation>这是根据表头推测的列对应关系，如有不对请更正。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="252"/>
        <source>The text encoding is not certain: it may be {candidates}. Check the names in the sample and choose the encoding that shows them right.</source>
        <translation>无法确定文本编码：可能是 {candidates}。请查看样例中的名称，选择能正确显示它们的编码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="301"/>
        <source>Reading the stock file</source>
        <translation>正在读取库存文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="322"/>
        <source>Importing stock</source>
        <translation>正在导入库存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="329"/>
        <source>{n} items were imported into “{lot}”.</source>
        <translation>已将 {n} 个商品导入“{lot}”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="332"/>
        <source>{n} rejected rows were left out.</source>
        <translation>有 {n} 行不合格，未导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="346"/>
        <source>Nothing was imported.</source>
        <translation>没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="353"/>
        <source>{bad} rows were rejected and {good} rows are valid. Import the valid rows and leave the rejected ones out, or cancel and fix the file.</source>
        <translation>有 {bad} 行不合格，{good} 行有效。可以只导入有效的行、跳过不合格的行，也可以取消后修改文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_wizard.py" line="357"/>
        <source>The problems of the first {n} rejected rows are listed.</source>
        <translation>下面列出前 {n} 个被拒绝行的问题。</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="96"/>
        <source>Transactions</source>
        <translation>交易记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="97"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="97"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="97"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="97"/>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="100"/>
        <source>Speed up…</source>
        <translation>加速…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="104"/>
        <source>Cancel transaction…</source>
        <translation>取消交易…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="113"/>
        <source>pending</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="113"/>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="113"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="114"/>
        <source>replaced</source>
        <translation>已替换</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="114"/>
        <source>dropped</source>
        <translation>已丢弃</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="115"/>
        <source>rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="419"/>
        <source>Sent “{what}” again with a higher fee.</source>
        <translation>已用更高的手续费重新发送“{what}”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="141"/>
        <source>Cancel transaction</source>
        <translation>取消交易</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="141"/>
        <source>Cancelling</source>
        <translation>正在取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="142"/>
        <source>Cancel it (a transfer of nothing to yourself takes its place, for a higher fee)? Password of the sending account:</source>
        <translation>要取消这笔交易吗？（将以更高的手续费向你自己转账 0 来顶替它）发送账户的密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="420"/>
        <source>Sent a transfer of nothing to yourself in place of “{what}”.</source>
        <translation>已发送一笔给自己的零额转账，取代“{what}”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="151"/>
        <source>Only a pending transaction can be sped up or cancelled.</source>
        <translation>只有待确认的交易才能加速或取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="135"/>
        <source>Speed up</source>
        <translation>加速</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="136"/>
        <source>Send it again with a higher fee? Password of the sending account:</source>
        <translation>用更高的手续费重新发送吗？请输入付款账户的密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="135"/>
        <source>Speeding up</source>
        <translation>正在加速</translation>
    </message>
</context>
<context>
    <name>LanguageStep</name>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="79"/>
        <source>Welcome to Ziliudi</source>
        <extracomment>The page a new profile opens on, by its role.</extracomment>
        <translation>欢迎使用自留地</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="80"/>
        <source>Choose the language of the interface. You can change it later in Settings.</source>
        <translation>选择界面语言，以后可在“设置”中更改。</translation>
    </message>
</context>
<context>
    <name>LotDialog</name>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="49"/>
        <source>Edit lot</source>
        <translation>编辑档期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="49"/>
        <source>New lot</source>
        <translation>新建档期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="86"/>
        <location filename="../../desktop/ui/lot_dialogs.py" line="90"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="93"/>
        <source>Title</source>
        <translation>档期名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="94"/>
        <source>Supplier</source>
        <translation>供货商</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="95"/>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="96"/>
        <source>Ends</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="97"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="98"/>
        <source>Commission per upline level</source>
        <translation>各级上级佣金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="100"/>
        <source>After-sale freeze</source>
        <translation>售后冻结期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="101"/>
        <source>Returns accepted for</source>
        <translation>可退货期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="102"/>
        <source>Return terms</source>
        <translation>退货条款</translation>
    </message>
</context>
<context>
    <name>LotsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="34"/>
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
        <source>Revise…</source>
        <translation>修订…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="46"/>
        <source>Close now</source>
        <translation>立即结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="47"/>
        <source>Revisions</source>
        <translation>修订记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="48"/>
        <source>Export items…</source>
        <translation>导出商品…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="51"/>
        <source>Export signed sheet…</source>
        <translation>导出签名档期表…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="52"/>
        <source>Export sheet for a distributor…</source>
        <translation>为分销商导出货单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="54"/>
        <source>Import sheet…</source>
        <translation>导入档期表…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="65"/>
        <source>Title</source>
        <translation>档期名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="65"/>
        <source>Supplier</source>
        <translation>供货商</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="65"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="66"/>
        <location filename="../../desktop/ui/pages/lots.py" line="460"/>
        <source>Window</source>
        <translation>档期时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="66"/>
        <source>Sell-through</source>
        <translation>售罄率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="80"/>
        <source>Search by name, style no. or barcode</source>
        <translation>按商品名称、款号或条码搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="88"/>
        <source>Style no.</source>
        <translation>款号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="88"/>
        <source>Name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="89"/>
        <source>Color</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="89"/>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="90"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="90"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="91"/>
        <source>Available</source>
        <translation>可售</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="91"/>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="92"/>
        <source>Supply price</source>
        <translation>供货价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="93"/>
        <source>Suggested</source>
        <translation>建议价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="94"/>
        <source>Minimum</source>
        <translation>最低价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="231"/>
        <source>{n} items match</source>
        <translation>{n} 个商品符合条件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="231"/>
        <source>{n} items</source>
        <translation>{n} 个商品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="238"/>
        <source>Choose a lot first.</source>
        <translation>请先选择一个档期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="299"/>
        <source>Publish “{lot}”? Its items and terms can no longer be changed, and it opens to distributors at the start of its window.</source>
        <translation>发布“{lot}”吗？发布后其商品和条款将不能再修改，并会在档期开始时向分销商开放。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="318"/>
        <source>Revising the lot</source>
        <translation>正在修订档期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="325"/>
        <source>Revision {n} made. Export the sheet again to send it to the distributors.</source>
        <translation>已生成第 {n} 版。请重新导出签名档期表，发给分销商。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="341"/>
        <source>Close “{lot}” now? Nothing more can be sold from it; orders already paid stay as they are.</source>
        <translation>现在结束“{lot}”吗？结束后不能再售出；已付款的订单保持不变。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="345"/>
        <source>Closing the lot</source>
        <translation>正在结束档期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="351"/>
        <source>“{lot}” is closed; nothing more is sold from it.</source>
        <translation>“{lot}”已结束，不再售出。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="361"/>
        <source>“{lot}” has no revisions after the first.</source>
        <translation>“{lot}”在第一版之后没有修订。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="366"/>
        <source>Revision {n} ({when}):</source>
        <translation>第 {n} 版（{when}）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="374"/>
        <source>Excel workbook (*.xlsx);;CSV, opens in Excel (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，可用 Excel 打开 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="388"/>
        <source>{n} rows were written to {path}.</source>
        <translation>已将 {n} 行写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="395"/>
        <source>Exporting items</source>
        <translation>正在导出商品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="396"/>
        <source>Export items</source>
        <translation>导出商品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="401"/>
        <source>Exporting sell-through</source>
        <translation>正在导出售罄率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="402"/>
        <source>Export sell-through and settlement</source>
        <translation>导出售罄与结算表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="464"/>
        <source>For</source>
        <translation>给</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="465"/>
        <source>Allotment</source>
        <translation>配额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="518"/>
        <source>What changed:</source>
        <translation>变更内容：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="521"/>
        <source>and {n} more</source>
        <translation>另有 {n} 项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="255"/>
        <source>Creating the lot</source>
        <translation>正在新建档期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="49"/>
        <source>Export sell-through and settlement…</source>
        <translation>导出售罄与结算表…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="278"/>
        <source>Changing the lot</source>
        <translation>正在修改档期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="303"/>
        <source>Publishing the lot</source>
        <translation>正在发布档期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="443"/>
        <source>Create or import a wallet account on the Wallet page first; it signs the sheet.</source>
        <translation>请先在“钱包”页面创建或导入一个账户，档期表要用它来签名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="453"/>
        <source>Export signed sheet</source>
        <translation>导出签名档期表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="455"/>
        <location filename="../../desktop/ui/pages/lots.py" line="495"/>
        <source>Lot sheet (*.zlsheet)</source>
        <translation>档期表 (*.zlsheet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="458"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="458"/>
        <source>Lot sheet (EIP-712, “Ziliudi Lot Sheet”)</source>
        <translation>档期表（EIP-712，“Ziliudi Lot Sheet”）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="459"/>
        <source>Lot</source>
        <translation>档期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="459"/>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="460"/>
        <source>Seller</source>
        <translation>卖家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="461"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="461"/>
        <source>every item of the lot, with its prices and quantity, fixed by a hash of the sheet</source>
        <translation>档期内全部商品及其价格和数量，由档期表的哈希值锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="467"/>
        <source>Sign the lot sheet</source>
        <translation>签署档期表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="468"/>
        <source>Password of {address}:</source>
        <translation>{address} 的密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="482"/>
        <source>Signing the lot sheet</source>
        <translation>正在签署档期表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="484"/>
        <source>The sheet of “{lot}” (revision {revision}, {n} items) was signed by {address} and written to {path}.</source>
        <translation>“{lot}”的档期表（第 {revision} 版，{n} 个商品）已由 {address} 签名，并写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="494"/>
        <source>Import lot sheet</source>
        <translation>导入档期表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="498"/>
        <source>Checking the lot sheet</source>
        <translation>正在校验档期表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="506"/>
        <source>New lot “{lot}” from seller {seller} (signature verified).</source>
        <translation>已导入卖家 {seller} 的新档期“{lot}”（签名已验证）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="507"/>
        <source>Lot “{lot}” updated to revision {revision} from seller {seller} (signature verified).</source>
        <translation>档期“{lot}”已更新到卖家 {seller} 的第 {revision} 版（签名已验证）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="510"/>
        <source>{added} items added, {updated} updated, {withdrawn} withdrawn.</source>
        <translation>新增 {added} 个商品，更新 {updated} 个，撤下 {withdrawn} 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/lots.py" line="513"/>
        <source>{count} items came without their picture: the sheet named a picture it does not carry, or one that is not an image.</source>
        <translation>{count} 个商品未带图片导入：档期表引用了其中没有的图片，或该文件不是图片。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="37"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="38"/>
        <source>published, not open yet</source>
        <translation>已发布，未开售</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="39"/>
        <source>open</source>
        <translation>开售中</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="40"/>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="41"/>
        <source>settled</source>
        <translation>已结算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="34"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="35"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="224"/>
        <source>quantity</source>
        <extracomment>The words of a lot revision&apos;s changes, collected for translation in the LotsPage context.</extracomment>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="225"/>
        <source>tag price</source>
        <translation>吊牌价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="226"/>
        <source>supply price</source>
        <translation>供货价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="227"/>
        <source>suggested price</source>
        <translation>建议零售价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="228"/>
        <source>minimum price</source>
        <translation>最低售价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="229"/>
        <source>end</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="230"/>
        <location filename="../../desktop/ui/pages/lots.py" line="466"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="231"/>
        <source>The lot was closed.</source>
        <translation>档期已结束。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="232"/>
        <source>{sku}: new item, {n} units</source>
        <translation>{sku}：新增商品，{n} 件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="233"/>
        <source>{sku}: withdrawn</source>
        <translation>{sku}：已撤下</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="234"/>
        <source>{what}: {old} → {new}</source>
        <translation>{what}：{old} → {new}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="129"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="130"/>
        <source>&amp;About Ziliudi</source>
        <translation>关于自留地(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="131"/>
        <source>Tour of the areas</source>
        <translation>功能导览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172"/>
        <source>The translation for {language} is missing.</source>
        <translation>缺少 {language} 的翻译文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="226"/>
        <source>Ziliudi — your own plot</source>
        <translation>自留地 — 你自己的地盘</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="229"/>
        <source>{profile} — Ziliudi</source>
        <translation>{profile} — 自留地</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="231"/>
        <source>Profile: {name}</source>
        <translation>账套：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="234"/>
        <source>No profile open</source>
        <translation>未打开账套</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="237"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="237"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="238"/>
        <source>wrong chain</source>
        <translation>链不匹配</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="239"/>
        <source>{network}: {state}</source>
        <translation>{network}：{state}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="260"/>
        <source>Tasks are still running. Cancel them and quit?</source>
        <translation>还有任务在运行。取消这些任务并退出吗？</translation>
    </message>
</context>
<context>
    <name>MarkPaidDialog</name>
    <message>
        <location filename="../../desktop/ui/downline_paid.py" line="16"/>
        <source>Mark paid</source>
        <translation>标记已付</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/downline_paid.py" line="25"/>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
</context>
<context>
    <name>MoneyArrivedDialog</name>
    <message>
        <location filename="../../desktop/ui/payment_dialogs.py" line="175"/>
        <source>Money arrived</source>
        <translation>已收款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payment_dialogs.py" line="182"/>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
</context>
<context>
    <name>NameStep</name>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="124"/>
        <source>Name your profile</source>
        <translation>给账套起个名字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="125"/>
        <source>A profile is one business with its own book, such as your shop&apos;s name. Chinese names are welcome.</source>
        <translation>一个账套就是一门生意，有自己的账本，比如用你的店名。可以用中文名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="127"/>
        <source>Profile name</source>
        <translation>账套名称</translation>
    </message>
</context>
<context>
    <name>NetworkStep</name>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="279"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="280"/>
        <source>Where the escrow and the wallet&apos;s payments run.</source>
        <translation>担保和钱包付款运行的网络。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="283"/>
        <source>{name}: test money, not real money; try everything safely</source>
        <translation>{name}：测试币，不是真钱；可以放心试用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="286"/>
        <source>{name}: the node you run at 127.0.0.1:8545</source>
        <translation>{name}：你在 127.0.0.1:8545 运行的节点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="288"/>
        <source>Other networks are added later on the Wallet page.</source>
        <translation>其他网络以后可在“钱包”页添加。</translation>
    </message>
</context>
<context>
    <name>NetworkWatch</name>
    <message>
        <location filename="../../desktop/ui/network_watch.py" line="75"/>
        <source>Checking the network</source>
        <translation>正在检查网络</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/network_watch.py" line="96"/>
        <source>Checking sent transactions</source>
        <translation>正在核对已发出的交易</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/network_watch.py" line="112"/>
        <source>Syncing escrow events</source>
        <translation>正在同步担保交易事件</translation>
    </message>
</context>
<context>
    <name>Networks</name>
    <message>
        <location filename="../../desktop/i18n.py" line="119"/>
        <source>Sandbox (this computer)</source>
        <translation>沙盒（本机测试）</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="120"/>
        <source>Local node</source>
        <translation>本地节点</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="61"/>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="73"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="75"/>
        <source>12 words</source>
        <translation>12 个词</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="76"/>
        <source>24 words</source>
        <translation>24 个词</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="77"/>
        <source>Phrase length</source>
        <translation>助记词长度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="83"/>
        <source>Word list</source>
        <translation>词表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="90"/>
        <source>Write these words down on paper, in order, and keep them safe. Anyone who has them controls this account&apos;s money; without them a lost computer means lost money. They are shown once.</source>
        <translation>请按顺序把这些词抄在纸上，并妥善保管。谁拿到它们，谁就能动用这个账户里的钱；没有它们，电脑丢了，钱也就丢了。它们只显示这一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="99"/>
        <source>Type the words at these positions to prove the phrase is written down.</source>
        <translation>请填写下列位置上的词，以确认你已抄下助记词。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="106"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="108"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="121"/>
        <source>The passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="150"/>
        <source>I have written it down</source>
        <translation>我已抄好</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="131"/>
        <source>Word {n}</source>
        <translation>第 {n} 个词</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="134"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="156"/>
        <source>Those words do not match the phrase. Check what you wrote.</source>
        <translation>这些词与助记词不符，请检查你抄写的内容。</translation>
    </message>
</context>
<context>
    <name>OfferRevoker</name>
    <message>
        <location filename="../../desktop/ui/offer_revoke.py" line="25"/>
        <source>listing removed</source>
        <translation>商品已下架</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/offer_revoke.py" line="25"/>
        <source>price changed</source>
        <translation>价格已改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/offer_revoke.py" line="26"/>
        <source>lot closed</source>
        <translation>档期已结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/offer_revoke.py" line="27"/>
        <source>price outside the supplier&apos;s rules</source>
        <translation>价格超出供应商的规定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/offer_revoke.py" line="28"/>
        <source>promises more than the stock left</source>
        <translation>承诺的数量超过剩余库存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/offer_revoke.py" line="29"/>
        <source>names another arbitrator</source>
        <translation>指定了其他仲裁人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/offer_revoke.py" line="39"/>
        <source>Looking for offers that no longer hold</source>
        <translation>正在查找失效的报价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/offer_revoke.py" line="48"/>
        <source>Every signed offer still holds; nothing to revoke.</source>
        <translation>所有已签名的报价都仍然有效，无需撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/offer_revoke.py" line="54"/>
        <source>{n} more</source>
        <translation>另有 {n} 个</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/offer_revoke.py" line="55"/>
        <source>Network fee</source>
        <translation>网络手续费</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/offer_revoke.py" line="55"/>
        <source>about {fee} (at most {most})</source>
        <translation>约 {fee}（最多 {most}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/offer_revoke.py" line="58"/>
        <source>Revoke {n} offers</source>
        <translation>撤销 {n} 个报价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/offer_revoke.py" line="60"/>
        <source>These offers no longer hold; an old copy of the site could still sell with them. Password of {address} to revoke them in one transaction:</source>
        <translation>这些报价已经失效，但旧版店铺网页仍可能用它们成交。输入 {address} 的密码，在一笔交易中撤销它们：</translation>
    </message>
</context>
<context>
    <name>OfflinePage</name>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="38"/>
        <location filename="../../desktop/ui/pages/offline.py" line="45"/>
        <source>Offline sales</source>
        <translation>线下销售</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="50"/>
        <source>Record a sale…</source>
        <translation>记录一笔销售…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="51"/>
        <source>Add order code…</source>
        <translation>添加订单码…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="52"/>
        <source>Money arrived</source>
        <translation>已收款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="53"/>
        <source>Shipped…</source>
        <translation>发货…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="54"/>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="55"/>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="66"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="67"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="88"/>
        <source>Releasing the stock of unpaid orders</source>
        <translation>正在释放未付款订单的库存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="93"/>
        <source>waiting for money</source>
        <translation>待收款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="93"/>
        <source>paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="94"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="99"/>
        <source>waiting for money until {due}</source>
        <translation>待收款（至 {due}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="102"/>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="104"/>
        <source>shipped: {carrier} {number}</source>
        <translation>已发货：{carrier} {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="112"/>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="112"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="112"/>
        <source>Goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="112"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="113"/>
        <source>Total</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="113"/>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="113"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="113"/>
        <location filename="../../desktop/ui/pages/offline.py" line="116"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="116"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="116"/>
        <source>Offline orders</source>
        <translation>线下订单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="117"/>
        <source>Escrow orders</source>
        <translation>担保订单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="117"/>
        <source>Paid</source>
        <translation>已付金额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="143"/>
        <source>Reading the customers</source>
        <translation>正在读取客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="162"/>
        <source>Choose an order first.</source>
        <translation>请先选择一个订单。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="171"/>
        <source>No published lot has stock left to sell.</source>
        <translation>没有已发布且还有库存可售的档期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="187"/>
        <source>Recording the sale</source>
        <translation>正在记录销售</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="189"/>
        <source>Recorded order {number}.</source>
        <translation>已记录订单 {number}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="207"/>
        <source>Adding the order code</source>
        <translation>正在添加订单码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="211"/>
        <source>Added order {number} for {customer}: it waits for the money until {due}.</source>
        <translation>已为 {customer} 添加订单 {number}，等待收款至 {due}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="226"/>
        <source>Recording the shipment</source>
        <translation>正在记录发货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="230"/>
        <source>Order {number} is shipped.</source>
        <translation>订单 {number} 已发货。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="238"/>
        <source>Recording the delivery</source>
        <translation>正在记录送达</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="241"/>
        <source>Order {number} is delivered.</source>
        <translation>订单 {number} 已送达。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="253"/>
        <source>Marking the order paid</source>
        <translation>正在标记已收款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="257"/>
        <source>Order {number} is paid.</source>
        <translation>订单 {number} 已收款。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="264"/>
        <source>Cancel this order? Its goods go back into stock.</source>
        <translation>取消这个订单吗？商品会退回库存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="266"/>
        <source>Cancelling the order</source>
        <translation>正在取消订单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/offline.py" line="269"/>
        <source>Order {number} is cancelled.</source>
        <translation>订单 {number} 已取消。</translation>
    </message>
</context>
<context>
    <name>OrderCodeDialog</name>
    <message>
        <location filename="../../desktop/ui/payment_dialogs.py" line="130"/>
        <source>Add an order code</source>
        <translation>添加订单码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payment_dialogs.py" line="132"/>
        <source>Paste the order code the buyer sent after paying your WeChat Pay or Alipay code, or read it from a screenshot of its QR. It becomes an unpaid order holding its stock until it is due.</source>
        <translation>粘贴买家付款后发来的订单码，或从订单码二维码的截图读取。它会成为一笔待收款订单，到期前为它保留库存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payment_dialogs.py" line="141"/>
        <source>Read from a picture…</source>
        <translation>从图片读取…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payment_dialogs.py" line="154"/>
        <source>Choose a picture of the order code</source>
        <translation>选择订单码的图片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payment_dialogs.py" line="155"/>
        <source>Pictures ({patterns})</source>
        <translation>图片 ({patterns})</translation>
    </message>
</context>
<context>
    <name>OrderEvents</name>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="537"/>
        <source>Accepted</source>
        <extracomment>The escrow contract&apos;s events, as an order&apos;s history names them (the kind it stores).</extracomment>
        <translation>已接单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="538"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="539"/>
        <source>Claimed</source>
        <translation>卖家已收款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="540"/>
        <source>Confirmed</source>
        <translation>已确认收货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="541"/>
        <source>Credited</source>
        <translation>已记入待提取款项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="542"/>
        <source>Declined</source>
        <translation>已拒单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="543"/>
        <source>DisputeTimedOut</source>
        <translation>争议已超时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="544"/>
        <source>Disputed</source>
        <translation>发起争议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="545"/>
        <source>Funded</source>
        <translation>买家已付款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="546"/>
        <source>OfferRevoked</source>
        <translation>报价已撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="547"/>
        <source>Reclaimed</source>
        <translation>买家已取回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="548"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="549"/>
        <source>Ruled</source>
        <translation>已裁决</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="550"/>
        <source>Settled</source>
        <translation>已协商结算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="551"/>
        <source>SettlementsVoided</source>
        <translation>结算签名已作废</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="552"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
</context>
<context>
    <name>OrderStates</name>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="525"/>
        <source>Accepted</source>
        <translation>已接单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="526"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="527"/>
        <source>Disputed</source>
        <translation>争议中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="528"/>
        <source>Funded</source>
        <translation>待接单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="529"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="530"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="531"/>
        <source>Resolved</source>
        <translation>已裁决</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="532"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="47"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="47"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="47"/>
        <source>Goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="47"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="48"/>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="48"/>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="48"/>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="49"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="35"/>
        <location filename="../../desktop/ui/pages/orders.py" line="67"/>
        <source>Orders &amp; escrow</source>
        <translation>订单与担保</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="78"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="107"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="107"/>
        <source>Block</source>
        <translation>区块</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="108"/>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="108"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="117"/>
        <source>Accept (co-sign)</source>
        <translation>接单（共同签署）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="118"/>
        <source>Mark shipped…</source>
        <translation>标记发货…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="119"/>
        <source>Settle…</source>
        <translation>协商结算…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="120"/>
        <source>Dispute…</source>
        <translation>发起争议…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="121"/>
        <source>Add statement…</source>
        <translation>补充陈述…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="122"/>
        <source>Claim payment</source>
        <translation>领取货款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="123"/>
        <source>Return to buyer</source>
        <translation>退还买家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="124"/>
        <source>Shipping list…</source>
        <translation>代发货单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="125"/>
        <source>Shipped from reply…</source>
        <translation>按回单发货…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="126"/>
        <location filename="../../desktop/ui/pages/orders.py" line="420"/>
        <source>Ready for pickup</source>
        <translation>备货完成（自提）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="127"/>
        <source>Counter…</source>
        <translation>柜台核销…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="183"/>
        <source>Reading the orders…</source>
        <translation>正在读取订单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="184"/>
        <source>Reading orders</source>
        <translation>正在读取订单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="202"/>
        <source>Syncing escrow events</source>
        <translation>正在同步担保交易事件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="238"/>
        <source>{network}: {count} orders</source>
        <translation>{network}：{count} 个订单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="241"/>
        <source>synced to block {block}</source>
        <translation>已同步到区块 {block}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="250"/>
        <source>Order {escrow}: {what} within {left}</source>
        <translation>订单 {escrow}：须在 {left} 内{what}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="252"/>
        <source>accept</source>
        <translation>接单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="252"/>
        <source>ship</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="254"/>
        <source>Due soon:</source>
        <translation>即将到期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="299"/>
        <source>Shipped with {carrier}, tracking number {number}</source>
        <translation>已通过{carrier}发货，运单号 {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="316"/>
        <source>Statement from the seller</source>
        <translation>卖家的陈述</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="317"/>
        <source>Statement from the buyer</source>
        <translation>买家的陈述</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="412"/>
        <source>Accepted orders {orders}; bond posted: {bond}.</source>
        <translation>已接单 {orders}；已缴保证金：{bond}。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="413"/>
        <source>as each order&apos;s offer states (not in this book)</source>
        <translation>按各订单报价所定（本账套中没有记录）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="389"/>
        <source>Accept orders {orders}: co-sign them and post your bond</source>
        <translation>接单 {orders}：共同签署并交付你的保证金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="391"/>
        <source>Your bond</source>
        <translation>你的保证金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="392"/>
        <source>The bond</source>
        <translation>保证金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="392"/>
        <source>comes back to you when the order is paid out; if you do not mark it shipped by its ship deadline, the buyer takes it with the price</source>
        <translation>订单结算时退还给你；如果你没有在发货期限前标记发货，买家会连同货款一起取走</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="336"/>
        <source>Password of the seller account {address}:</source>
        <translation>卖家账户 {address} 的密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="354"/>
        <source>Accept {count} orders</source>
        <translation>接单（{count} 个订单）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="402"/>
        <source>Mark shipped</source>
        <translation>标记发货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="435"/>
        <location filename="../../desktop/ui/pages/orders.py" line="474"/>
        <source>Escrow {escrow}</source>
        <translation>担保交易 {escrow}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="486"/>
        <source>Simulated buyer signs</source>
        <translation>模拟买家签名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="501"/>
        <source>Settle</source>
        <translation>结算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="513"/>
        <source>Add a seller account on the Wallet page first.</source>
        <translation>请先在“钱包”页面添加一个卖家账户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="389"/>
        <location filename="../../desktop/ui/pages/orders.py" line="495"/>
        <location filename="../../desktop/ui/pages/orders.py" line="515"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="388"/>
        <source>Order {order} marked shipped with {carrier}, tracking number {number}.</source>
        <translation>订单 {order} 已标记发货：{carrier}，运单号 {number}。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="390"/>
        <source>Order {order} is ready for pickup; its pickup code is {code}.</source>
        <translation>订单 {order} 已可自提，取货码：{code}。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="392"/>
        <source>Order {order} claimed: {amount} paid out to you.</source>
        <translation>订单 {order} 已收款：{amount} 已付给你。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="393"/>
        <source>Order {order} returned to the buyer: {amount} paid out to the buyer.</source>
        <translation>订单 {order} 已退还买家：{amount} 已付给买家。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="395"/>
        <source>Order {order} disputed: the arbitrator decides who gets {amount}.</source>
        <translation>订单 {order} 已发起争议：{amount} 归谁由仲裁人裁决。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="408"/>
        <source>The simulated buyer added a statement to order {order}, sealed to the arbitrator.</source>
        <translation>模拟买家已为订单 {order} 补充陈述，仅仲裁人可读。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="465"/>
        <source>Statement on order {escrow}</source>
        <translation>订单 {escrow} 的陈述</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="466"/>
        <source>What happened, for the arbitrator only (sealed to its key):</source>
        <translation>事情经过，只给仲裁人看（用其密钥加密）：</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="397"/>
        <source>Statement added to order {order}, sealed to the arbitrator.</source>
        <translation>已为订单 {order} 补充陈述，仅仲裁人可读。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="495"/>
        <source>A settlement of order {order}: the escrow pays out as below and the order closes</source>
        <translation>订单 {order} 的协商分配：托管按下列金额付出，订单结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="498"/>
        <source>To the buyer</source>
        <translation>给买家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="499"/>
        <source>To you</source>
        <translation>给你</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="399"/>
        <source>Order {order} settled: {buyer} to the buyer, {seller} to you.</source>
        <translation>订单 {order} 已协商结算：买家得 {buyer}，你得 {seller}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="515"/>
        <source>Escrow offers (EIP-712, “Ziliudi Escrow”)</source>
        <translation>担保报价（EIP-712，“Ziliudi Escrow”）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="516"/>
        <source>Listings</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="516"/>
        <source>every live listing without a valid offer, at its price now, up to its stock</source>
        <translation>所有尚无有效报价的在售商品，按当前售价，以库存为上限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="518"/>
        <source>Seller</source>
        <translation>卖家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="519"/>
        <source>Sign offers</source>
        <translation>签署报价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="520"/>
        <source>Sign offers for the live listings with {address}? Its password:</source>
        <translation>用 {address} 为在售商品签署报价吗？请输入它的密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="528"/>
        <source>Signing offers</source>
        <translation>正在签署报价</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="401"/>
        <source>The simulated buyer paid {amount} into order {order}.</source>
        <translation>模拟买家已向订单 {order} 付款 {amount}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="546"/>
        <source>Simulated buyer pays</source>
        <translation>模拟买家付款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="551"/>
        <source>Choose one order first.</source>
        <translation>请先选择一个订单。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="403"/>
        <source>The simulated buyer confirmed order {order}: {amount} paid out to you.</source>
        <translation>模拟买家已确认收货（订单 {order}）：{amount} 已付给你。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="405"/>
        <source>The simulated buyer disputed order {order}: the arbitrator decides who gets {amount}.</source>
        <translation>模拟买家已对订单 {order} 发起争议：{amount} 归谁由仲裁人裁决。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="556"/>
        <source>Simulated buyer acts</source>
        <translation>模拟买家操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/orders.py" line="561"/>
        <source>Jumping time</source>
        <translation>正在快进时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="32"/>
        <source>passed</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="35"/>
        <source>{days} d {hms}</source>
        <translation>{days} 天 {hms}</translation>
    </message>
</context>
<context>
    <name>PaymentCodesDialog</name>
    <message>
        <location filename="../../desktop/ui/payment_dialogs.py" line="27"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payment_dialogs.py" line="28"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payment_dialogs.py" line="38"/>
        <source>Payment QR codes</source>
        <translation>收款码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payment_dialogs.py" line="40"/>
        <source>Buyers who do not pay through the escrow scan one of these codes on the storefront&apos;s checkout and send you the order code by WeChat. Only the code&apos;s text is kept; the QR is drawn anew.</source>
        <translation>不用担保付款的买家在店铺下单页扫这些码付款，再用微信把订单码发给你。只保存收款码里的文字，二维码会重新生成。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payment_dialogs.py" line="59"/>
        <source>Add WeChat Pay code…</source>
        <translation>添加微信收款码…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payment_dialogs.py" line="60"/>
        <source>Add Alipay code…</source>
        <translation>添加支付宝收款码…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payment_dialogs.py" line="61"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payment_dialogs.py" line="100"/>
        <source>Choose a picture of the {kind} code</source>
        <translation>选择{kind}收款码的图片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payment_dialogs.py" line="101"/>
        <source>Pictures ({patterns})</source>
        <translation>图片 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payment_dialogs.py" line="105"/>
        <source>Reading the payment code</source>
        <translation>正在读取收款码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payment_dialogs.py" line="115"/>
        <source>Choose a payment code first.</source>
        <translation>请先选择一个收款码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/payment_dialogs.py" line="118"/>
        <source>Removing the payment code</source>
        <translation>正在删除收款码</translation>
    </message>
</context>
<context>
    <name>PickupPointsDialog</name>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="26"/>
        <source>Pickup points…</source>
        <translation>自提门店…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="52"/>
        <source>Pickup points</source>
        <translation>自提门店</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="54"/>
        <source>Buyers of a listing offered for pickup choose one of these shops at checkout instead of giving an address.</source>
        <translation>可到店自提的商品，买家下单时从这些门店中选一个，不用填写收货地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="60"/>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="77"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="60"/>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="77"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="61"/>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="78"/>
        <source>Opening hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="61"/>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="79"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="69"/>
        <source>e.g. West Lake shop</source>
        <translation>例如 西湖店</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="74"/>
        <source>e.g. 10:00-21:00</source>
        <translation>例如 10:00-21:00</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="83"/>
        <source>Add pickup point</source>
        <translation>添加自提门店</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="86"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="120"/>
        <source>Adding a pickup point</source>
        <translation>正在添加自提门店</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pickup_dialogs.py" line="130"/>
        <source>Removing a pickup point</source>
        <translation>正在删除自提门店</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../desktop/ui/downline_plan.py" line="25"/>
        <source>Commission plan</source>
        <translation>佣金方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/downline_plan.py" line="27"/>
        <source>Percent of the price per level, level 1 being the distributor who made the sale: 10,3 pays the seller 10% and its upline 3%. Commissions come from real sales only.</source>
        <translation>每级按售价的百分比计，第 1 级是完成销售的分销商本人：10,3 表示卖家得 10%，其上级得 3%。佣金只来自真实销售。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/downline_plan.py" line="40"/>
        <source>Permanently</source>
        <translation>永久绑定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/downline_plan.py" line="41"/>
        <source>For some days</source>
        <translation>绑定若干天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/downline_plan.py" line="42"/>
        <source>To the latest referrer</source>
        <translation>归最近一次推荐人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/downline_plan.py" line="47"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/downline_plan.py" line="50"/>
        <location filename="../../desktop/ui/downline_plan.py" line="53"/>
        <source>never allowed</source>
        <translation>一律禁止</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/downline_plan.py" line="58"/>
        <source>Lot</source>
        <translation>档期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/downline_plan.py" line="59"/>
        <source>Percent per level</source>
        <translation>每级百分比</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/downline_plan.py" line="61"/>
        <source>Customers stay with their distributor</source>
        <translation>客户归属分销商</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/downline_plan.py" line="62"/>
        <source>For</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/downline_plan.py" line="63"/>
        <source>Entry fee</source>
        <translation>入门费</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/downline_plan.py" line="64"/>
        <source>Reward per recruit</source>
        <translation>拉人奖励</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="46"/>
        <location filename="../../desktop/ui/pages/profiles.py" line="30"/>
        <source>Profiles</source>
        <translation>账套</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="33"/>
        <source>Each profile is one business with its own book. Back up often; a backup can be taken while you work, and it holds the profile&apos;s keys too, encrypted with a password you choose.</source>
        <translation>每个账套是一门生意，有自己的账本。请经常备份；工作时也可以备份，备份还包含账套的密钥，并用您设定的密码加密。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="40"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="40"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="40"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="41"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="50"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="51"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="52"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="53"/>
        <source>Back up…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="54"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="55"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="56"/>
        <source>WeChat Pay / Alipay only</source>
        <translation>只用微信/支付宝收款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="57"/>
        <source>Role…</source>
        <translation>角色…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="93"/>
        <location filename="../../desktop/ui/pages/profiles.py" line="99"/>
        <source>New profile</source>
        <translation>新建账套</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="93"/>
        <source>Name of the new profile:</source>
        <translation>新账套的名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="97"/>
        <source>Take payments by WeChat Pay and Alipay only, without a chain or a wallet? (In mainland China stablecoins are not legal tender.) You can change this later.</source>
        <translation>只用微信/支付宝收款，不用区块链和钱包？（在中国大陆，稳定币不具有法偿地位。）以后可以更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="111"/>
        <location filename="../../desktop/ui/pages/profiles.py" line="145"/>
        <source>Choose a profile first.</source>
        <translation>请先选择一个账套。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="124"/>
        <source>{name} now sells without a chain (WeChat Pay and Alipay only).</source>
        <translation>{name} 现在只用微信/支付宝收款，不用区块链。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="126"/>
        <source>{name} now sells through the escrow too.</source>
        <translation>{name} 现在也可以通过担保交易收款。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="148"/>
        <source>Role of {name}</source>
        <translation>{name} 的角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="149"/>
        <source>What does this business do?</source>
        <translation>这门生意做什么？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="157"/>
        <source>{name}&apos;s role is now: {role}.</source>
        <translation>{name} 的角色现在是：{role}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="173"/>
        <source>Rename profile</source>
        <translation>重命名账套</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="173"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="196"/>
        <location filename="../../desktop/ui/pages/profiles.py" line="201"/>
        <source>Back up profile</source>
        <translation>备份账套</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="198"/>
        <source>Ziliudi backup (*.ziliudi)</source>
        <translation>自留地备份 (*.ziliudi)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="202"/>
        <source>A password for the backup (it is needed to restore it):</source>
        <translation>备份密码（恢复时需要）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="206"/>
        <source>The same password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="207"/>
        <source>The passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="211"/>
        <source>Backing up {name}</source>
        <translation>正在备份 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="213"/>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="218"/>
        <location filename="../../desktop/ui/pages/profiles.py" line="222"/>
        <source>Restore profile</source>
        <translation>恢复账套</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="219"/>
        <source>Ziliudi backup (*.ziliudi *.db);;All files (*)</source>
        <translation>自留地备份 (*.ziliudi *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="230"/>
        <source>The backup&apos;s password:</source>
        <translation>备份的密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="233"/>
        <source>Name of the restored profile:</source>
        <translation>恢复后的账套名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="240"/>
        <source>Open another profile before replacing this one.</source>
        <translation>请先打开其他账套，再替换这个账套。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="242"/>
        <source>Replace the profile “{name}”? Its current book is kept beside it as book.db.before-restore.</source>
        <translation>替换账套“{name}”吗？当前数据会保留在同一文件夹的 book.db.before-restore 中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="247"/>
        <source>Restoring {name}</source>
        <translation>正在恢复 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="259"/>
        <source>Open another profile before deleting this one.</source>
        <translation>请先打开另一个账套，再删除这个账套。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="261"/>
        <source>Delete the profile {name}, its book and its keys? This cannot be undone.</source>
        <translation>删除账套“{name}”及其账本和密钥？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/profiles.py" line="265"/>
        <source>Deleting {name}</source>
        <translation>正在删除 {name}</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="274"/>
        <source>Rate for these offers</source>
        <translation>本批报价的汇率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="277"/>
        <source>Your prices are in {listing}; buyers pay in {token}, which is not {listing}. State what 1 {side} is worth in {listing}: each price is converted at this rate and rounded up to the token&apos;s smallest unit, and buyers see both amounts and the rate&apos;s date.</source>
        <translation>你的标价是 {listing}，买家用 {token} 付款，它不是 {listing}。请填写 1 {side} 值多少 {listing}：每个价格按此汇率换算，并向上取整到代币的最小单位；买家会看到两个金额和汇率的日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="287"/>
        <source>1 {side} in {listing}</source>
        <translation>1 {side} 折合 {listing}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="289"/>
        <source>Last used: {rate} on {date}.</source>
        <translation>上次使用：{rate}（{date}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="291"/>
        <source>No rate used before for {side} and {listing}.</source>
        <translation>此前没有用过 {side} 与 {listing} 之间的汇率。</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../desktop/ui/books_dialogs.py" line="69"/>
        <source>Receipt of entry #{entry}</source>
        <translation>分录 #{entry} 的收据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/books_dialogs.py" line="76"/>
        <source>This picture cannot be shown.</source>
        <translation>无法显示这张图片。</translation>
    </message>
</context>
<context>
    <name>RecordSaleDialog</name>
    <message>
        <location filename="../../desktop/ui/offline_dialogs.py" line="16"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/offline_dialogs.py" line="17"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/offline_dialogs.py" line="18"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/offline_dialogs.py" line="19"/>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/offline_dialogs.py" line="27"/>
        <source>Record an offline sale</source>
        <translation>记录线下销售</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/offline_dialogs.py" line="33"/>
        <source>{name} {sku} ({lot}, {n} left)</source>
        <translation>{name} {sku}（{lot}，剩 {n} 件）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/offline_dialogs.py" line="40"/>
        <source>Price of one unit in 元, e.g. 159 or 159.90</source>
        <translation>单价（元），如 159 或 159.90</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/offline_dialogs.py" line="45"/>
        <source>The money has arrived</source>
        <translation>已经收到货款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/offline_dialogs.py" line="54"/>
        <source>Goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/offline_dialogs.py" line="55"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/offline_dialogs.py" line="56"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/offline_dialogs.py" line="57"/>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/offline_dialogs.py" line="59"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/offline_dialogs.py" line="60"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/offline_dialogs.py" line="61"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/offline_dialogs.py" line="62"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/offline_dialogs.py" line="63"/>
        <source>Receipt picture</source>
        <translation>收款截图</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="272"/>
        <source>Revise “{title}”</source>
        <translation>修订“{title}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="280"/>
        <source>Ends</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="285"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="285"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="285"/>
        <source>Add units</source>
        <translation>追加数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="285"/>
        <source>Supply price</source>
        <translation>供货价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="286"/>
        <source>Suggested</source>
        <translation>建议零售价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="286"/>
        <source>Minimum</source>
        <translation>最低售价</translation>
    </message>
</context>
<context>
    <name>RoleStep</name>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="97"/>
        <source>What does your business do?</source>
        <translation>你做的是哪种生意？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="98"/>
        <source>This decides the page the window opens on; every area stays in the list on the left.</source>
        <translation>这决定窗口打开时显示哪一页；所有功能区仍在左侧列表中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="100"/>
        <source>Seller: I supply lots of my own stock (opens on Lots)</source>
        <translation>供货商：我用自己的库存开档期（打开“档期”页）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="101"/>
        <source>Distributor: I sell other people&apos;s lots in my storefront (opens on Storefront)</source>
        <translation>分销商：我在自己的小店里卖别人的档期（打开“我的小店”页）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="103"/>
        <source>Both: my own lots and other people&apos;s (opens on Overview)</source>
        <translation>两者都是：自己的档期和别人的档期（打开“概览”页）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="106"/>
        <source>The role is shown beside the profile&apos;s name in the status bar; change it later on the Profiles page (Role…).</source>
        <translation>角色显示在状态栏的账套名旁边；以后可在“账套”页（角色…）更改。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../desktop/i18n.py" line="46"/>
        <source>seller</source>
        <translation>供货商</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="47"/>
        <source>distributor</source>
        <translation>分销商</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="48"/>
        <source>seller and distributor</source>
        <translation>供货商兼分销商</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="43"/>
        <source>Rule on order {order}</source>
        <translation>裁决订单 {order}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="46"/>
        <source>The escrow holds {held}; your fee is {fee}.</source>
        <translation>托管中有 {held}；你的费用是 {fee}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/arbitration.py" line="51"/>
        <source>The buyer gets</source>
        <translation>买家得到</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="414"/>
        <source>The buyer gets {buyer}; the seller gets {seller} (its payees&apos; shares come out of it); your fee is {fee}.</source>
        <translation>买家得到 {buyer}；卖家得到 {seller}（其收款方的份额从中扣除）；你的费用是 {fee}。</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <location filename="../../desktop/ui/self_test.py" line="37"/>
        <source>the book&apos;s database</source>
        <translation>账本数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_test.py" line="38"/>
        <source>the system&apos;s keyring</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_test.py" line="39"/>
        <source>the app&apos;s files</source>
        <translation>程序文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_test.py" line="40"/>
        <source>the escrow&apos;s contracts</source>
        <translation>担保合约</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_test.py" line="41"/>
        <source>signing</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_test.py" line="42"/>
        <source>the Sandbox chain</source>
        <translation>沙盒链</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_test.py" line="43"/>
        <source>the window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_test.py" line="44"/>
        <source>the translations</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_test.py" line="45"/>
        <source>icons, charts and PDF</source>
        <translation>图标、图表和 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_test.py" line="68"/>
        <source>SQLite {version}, write-ahead log, foreign keys, {steps} migration steps</source>
        <translation>SQLite {version}，预写日志，外键约束，{steps} 个迁移步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_test.py" line="74"/>
        <source>{count} files in {folder}</source>
        <translation>{folder} 中的 {count} 个文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_test.py" line="79"/>
        <source>chain {chain}, demo token at {address}</source>
        <translation>链 {chain}，演示代币位于 {address}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_test.py" line="93"/>
        <source>the main window with {pages} pages ({platform})</source>
        <translation>主窗口，共 {pages} 个页面（{platform}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_test.py" line="115"/>
        <source>Chinese: {text}</source>
        <translation>中文：{text}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_test.py" line="134"/>
        <source>SVG {width}x{height}, charts, a PDF of {size}</source>
        <translation>SVG {width}x{height}，图表，{size} 的 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_test.py" line="168"/>
        <source>Self-test failed: {count} of {total} checks.</source>
        <translation>自检未通过：{total} 项检查中有 {count} 项失败。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/self_test.py" line="171"/>
        <source>Self-test passed: every part works.</source>
        <translation>自检通过：各部分都正常。</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="230"/>
        <source>Send</source>
        <translation>转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="234"/>
        <source>To</source>
        <translation>收款地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_dialogs.py" line="237"/>
        <source>Amount ({symbol})</source>
        <translation>金额（{symbol}）</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="48"/>
        <location filename="../../desktop/ui/pages/settings.py" line="20"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="26"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="32"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="36"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings.py" line="39"/>
        <source>Lock the wallet after idle</source>
        <translation>闲置后自动锁定钱包</translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="164"/>
        <source>Settle order {escrow}</source>
        <translation>结算订单 {escrow}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="171"/>
        <source>The escrow holds {amount}. Split it between the buyer and you.</source>
        <translation>担保中共有 {amount}，请在买家和您之间分配。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="178"/>
        <source>To the buyer</source>
        <translation>给买家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="179"/>
        <source>To you</source>
        <translation>给你</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="182"/>
        <source>Copy link for the buyer</source>
        <translation>复制给买家的链接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="186"/>
        <source>Copy request for the buyer</source>
        <translation>复制给买家的签名请求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="188"/>
        <source>Load signature…</source>
        <translation>载入签名…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="193"/>
        <source>Ask the simulated buyer</source>
        <translation>请模拟买家签名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="198"/>
        <source>The buyer&apos;s signature (0x…):</source>
        <translation>买家的签名（0x…）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="204"/>
        <source>Sign and settle</source>
        <translation>签名并结算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="226"/>
        <source>not a valid split</source>
        <translation>分配金额无效</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="246"/>
        <source>Load the buyer&apos;s signature</source>
        <translation>载入买家的签名</translation>
    </message>
</context>
<context>
    <name>ShipDialog</name>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="106"/>
        <source>Mark order {escrow} shipped</source>
        <translation>标记订单 {escrow} 已发货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="108"/>
        <source>They go on chain encrypted: only the buyer and this store (also restored from the wallet phrase) can read them.</source>
        <translation>它们加密后上链：只有买家和本店（包括用钱包助记词恢复的本店）能看到。</translation>
    </message>
</context>
<context>
    <name>ShipOfflineDialog</name>
    <message>
        <location filename="../../desktop/ui/payment_dialogs.py" line="193"/>
        <source>Order {number} shipped</source>
        <translation>订单 {number} 已发货</translation>
    </message>
</context>
<context>
    <name>ShippingListDialog</name>
    <message>
        <location filename="../../desktop/ui/dropship_dialogs.py" line="24"/>
        <source>Shipping list for a supplier</source>
        <translation>给供应商的代发货单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dropship_dialogs.py" line="30"/>
        <source>Seal it so that only the supplier&apos;s app opens it</source>
        <translation>加密，只有供应商的应用能打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dropship_dialogs.py" line="32"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dropship_dialogs.py" line="34"/>
        <source>The list holds the buyers&apos; names, phones and addresses.</source>
        <translation>货单包含买家的姓名、电话和地址。</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="52"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="52"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="40"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="31"/>
        <source>Details (the fields as signed)</source>
        <translation>详情（签名的原始字段）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="43"/>
        <source>Sign</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="63"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="63"/>
        <source>For</source>
        <translation>用于</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="63"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="64"/>
        <source>Chain</source>
        <translation>链</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="64"/>
        <source>Contract</source>
        <translation>合约</translation>
    </message>
</context>
<context>
    <name>SignOffersDialog</name>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="181"/>
        <source>Sign offers</source>
        <translation>签署报价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="183"/>
        <source>Each listing shown now gets an offer signed by this account, at its current price. Buyers pay into the escrow on this network; export the site again afterwards.</source>
        <translation>当前展示的每件商品都会按现价由这个账户签署报价。买家将在这个网络上付款到担保合约；签署后请重新导出网站。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="193"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="198"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
</context>
<context>
    <name>SignerDialog</name>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="134"/>
        <source>Sign the lot sheet</source>
        <translation>签署档期表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="142"/>
        <source>The sheet is signed by one of your wallet accounts; distributors see its address as the seller.</source>
        <translation>档期表由你的一个钱包账户签名；分销商看到的卖家就是这个地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lot_dialogs.py" line="144"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
</context>
<context>
    <name>SimulatedBuyerPanel</name>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="269"/>
        <source>Simulated buyer (Sandbox: test money only)</source>
        <translation>模拟买家（沙盒：只用测试币）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="275"/>
        <source>Offers signed by</source>
        <translation>报价签署账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="285"/>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="287"/>
        <source>Offer</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="292"/>
        <source>Wang Xiaoming</source>
        <translation>王小明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="294"/>
        <source>1 Wensan Road, Hangzhou</source>
        <translation>杭州市文三路 1 号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="302"/>
        <source>Handover</source>
        <translation>取货方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="310"/>
        <source>Sign offers…</source>
        <translation>签署报价…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="311"/>
        <source>Fund</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="312"/>
        <source>Confirm receipt</source>
        <translation>确认收货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="313"/>
        <source>Dispute</source>
        <translation>发起争议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="314"/>
        <source>+1 hour</source>
        <translation>+1 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="315"/>
        <source>+1 day</source>
        <translation>+1 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="316"/>
        <source>+7 days</source>
        <translation>+7 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="351"/>
        <source>No offer is signed yet: use “Sign offers…” to sign offers for the live listings with your account.</source>
        <translation>还没有签署任何报价：请用“签署报价…”以你的账户为在售商品签署报价。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="362"/>
        <source>Delivery to the address</source>
        <translation>快递到地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="364"/>
        <source>Pickup at {point}</source>
        <translation>到{point}自提</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_dialogs.py" line="370"/>
        <source>This listing is delivered only: offer it for pickup on the Storefront page.</source>
        <translation>此商品只发快递：请在“我的小店”页开放到店自提。</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="92"/>
        <source>Statement for {month}</source>
        <translation>{month} 对账单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="98"/>
        <location filename="../../desktop/ui/pages/downline.py" line="163"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="98"/>
        <location filename="../../desktop/ui/pages/downline.py" line="164"/>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="98"/>
        <location filename="../../desktop/ui/pages/downline.py" line="165"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="98"/>
        <location filename="../../desktop/ui/pages/downline.py" line="166"/>
        <source>Kept</source>
        <translation>自留</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="99"/>
        <location filename="../../desktop/ui/pages/downline.py" line="167"/>
        <source>Level 2</source>
        <translation>第 2 级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="99"/>
        <location filename="../../desktop/ui/pages/downline.py" line="168"/>
        <source>Level 3</source>
        <translation>第 3 级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="99"/>
        <location filename="../../desktop/ui/pages/downline.py" line="169"/>
        <source>Frozen</source>
        <translation>冻结中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="99"/>
        <location filename="../../desktop/ui/pages/downline.py" line="170"/>
        <source>Available</source>
        <translation>可提取</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="100"/>
        <location filename="../../desktop/ui/pages/downline.py" line="171"/>
        <source>Settled</source>
        <translation>已结算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="100"/>
        <location filename="../../desktop/ui/pages/downline.py" line="172"/>
        <source>Reversed</source>
        <translation>已冲回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="110"/>
        <location filename="../../desktop/ui/pages/downline.py" line="173"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="114"/>
        <source>Save CSV…</source>
        <translation>保存 CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="127"/>
        <source>Save XLSX…</source>
        <translation>保存 XLSX…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="128"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="134"/>
        <source>Save the statement</source>
        <translation>保存对账单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="144"/>
        <source>Wrote {path}.</source>
        <translation>已写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="148"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="154"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="156"/>
        <source>Downline statement {month}</source>
        <translation>分销团队对账单 {month}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="157"/>
        <source>Each member&apos;s sales, what they kept, and their commission by level and state</source>
        <translation>每位成员的销售额、自留部分，以及按层级和状态列出的佣金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="174"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="123"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>StoreProfileDialog</name>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="49"/>
        <source>Store profile</source>
        <translation>店铺资料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="56"/>
        <source>Store name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="65"/>
        <source>an image file (PNG or JPEG)</source>
        <translation>图片文件（PNG 或 JPEG）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="67"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="72"/>
        <source>Avatar</source>
        <translation>头像</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="76"/>
        <source>Shown at the top of the store, e.g. shipping times</source>
        <translation>显示在店铺顶部，例如发货时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="78"/>
        <source>Notice</source>
        <translation>店铺公告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="81"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="84"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="87"/>
        <source>https://… where the exported site is served</source>
        <translation>https://… 导出的网站所在的地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="88"/>
        <source>Web address</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="94"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="97"/>
        <source>not chosen yet</source>
        <translation>尚未选择</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="101"/>
        <source>{address} (not in this wallet)</source>
        <translation>{address}（不在本钱包中）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="104"/>
        <source>Payout account</source>
        <translation>收款账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="107"/>
        <source>the profile&apos;s network</source>
        <translation>账套所用的网络</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="113"/>
        <source>Payout network</source>
        <translation>收款网络</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="115"/>
        <source>Buyers&apos; delivery details are encrypted to the store&apos;s key; its private half stays in this computer&apos;s keyring.</source>
        <translation>买家的收货信息用店铺密钥加密；私钥只保存在本机的系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="117"/>
        <source>Key: {start}…</source>
        <translation>密钥：{start}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="118"/>
        <source>The key is made when you save.</source>
        <translation>保存时生成密钥。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="138"/>
        <source>Choose the store&apos;s avatar</source>
        <translation>选择店铺头像</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_dialogs.py" line="139"/>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
</context>
<context>
    <name>StorefrontPage</name>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="44"/>
        <location filename="../../desktop/ui/pages/storefront.py" line="75"/>
        <source>Storefront</source>
        <translation>我的小店</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="86"/>
        <source>Store profile…</source>
        <translation>店铺资料…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="87"/>
        <source>Payment codes…</source>
        <translation>收款码…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="81"/>
        <source>Add open lots</source>
        <translation>加入进行中的档期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="82"/>
        <source>Set price…</source>
        <translation>改价…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="83"/>
        <source>Bulk pricing…</source>
        <translation>批量定价…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="84"/>
        <source>Show / hide</source>
        <translation>显示 / 隐藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="85"/>
        <source>Delivery / pickup…</source>
        <translation>快递 / 自提…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="91"/>
        <source>Poster…</source>
        <translation>海报…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="92"/>
        <source>Catalog PDF…</source>
        <translation>PDF 目录…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="93"/>
        <source>Copy share text</source>
        <translation>复制分享文案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="88"/>
        <source>Arbitrator…</source>
        <translation>仲裁人…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="89"/>
        <source>Sign offers…</source>
        <translation>签署报价…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="90"/>
        <source>Revoke stale offers…</source>
        <translation>撤销失效报价…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="94"/>
        <source>Export site…</source>
        <translation>导出网站…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="102"/>
        <source>Serve on local network</source>
        <translation>在局域网共享</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="146"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="146"/>
        <source>Variant</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="146"/>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="146"/>
        <source>Suggested</source>
        <translation>建议价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="147"/>
        <source>Minimum</source>
        <translation>最低价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="147"/>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="147"/>
        <source>Shown</source>
        <translation>展示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="147"/>
        <source>Price rules</source>
        <translation>价格规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="167"/>
        <source>yes</source>
        <translation>在售</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="167"/>
        <source>hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="168"/>
        <source>not on sale</source>
        <translation>未开售</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="172"/>
        <source>ok</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="180"/>
        <source>Storefront: {name}</source>
        <translation>店铺：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="200"/>
        <location filename="../../desktop/ui/pages/storefront.py" line="261"/>
        <source>Choose a listing first.</source>
        <translation>请先选择一件商品。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="211"/>
        <source>Adding open lots</source>
        <translation>正在添加进行中的档期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="213"/>
        <source>{n} items were added to the storefront.</source>
        <translation>已将 {n} 个商品加入店铺。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="220"/>
        <source>Set price</source>
        <translation>改价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="220"/>
        <source>Price in 元, e.g. 129 or 129.90</source>
        <translation>价格（元），例如 129 或 129.90</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="223"/>
        <source>Setting the price</source>
        <translation>正在设置价格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="234"/>
        <source>Bulk pricing</source>
        <translation>正在批量定价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="242"/>
        <source>{n} prices were outside the supplier&apos;s minimum or maximum retail price and were set to the nearest allowed price.</source>
        <translation>有 {n} 个价格超出了供货商规定的最低或最高零售价，已改为最接近的允许价格。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="255"/>
        <source>Showing and hiding listings</source>
        <translation>正在上架和下架商品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="267"/>
        <source>Setting delivery and pickup</source>
        <translation>正在设置取货方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="276"/>
        <source>Save poster</source>
        <translation>保存海报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="277"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="282"/>
        <source>Drawing the poster</source>
        <translation>正在绘制海报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="285"/>
        <source>The poster is saved: {path}</source>
        <translation>海报已保存：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="291"/>
        <source>Save catalog</source>
        <translation>保存目录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="292"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="297"/>
        <source>Writing the catalog</source>
        <translation>正在生成目录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="301"/>
        <source>The catalog is saved: {path}</source>
        <translation>商品目录已保存：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="308"/>
        <source>Writing the share text</source>
        <translation>正在生成分享文案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="317"/>
        <source>The share text is copied: paste it into a chat.</source>
        <translation>分享文字已复制，可以粘贴到聊天中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="324"/>
        <source>Its links use this computer&apos;s network address ({url}): only buyers on the same network can open them, while the store is served from here. Set the store&apos;s web address in the store profile to share it further.</source>
        <translation>其中的链接用的是这台电脑的局域网地址（{url}）：只有同一网络里的买家能打开，而且要这台电脑正在发布小店。在店铺资料中填写小店网址，才能分享到更远。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="332"/>
        <source>Export the site to</source>
        <translation>将网站导出到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="341"/>
        <source>Exporting the site</source>
        <translation>正在导出网站</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="347"/>
        <source>The site is exported to {folder}: {products} products, {variants} variants, {payable} payable in the escrow.</source>
        <translation>网站已导出到 {folder}：{products} 件商品，{variants} 个规格，其中 {payable} 个可通过担保付款。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="351"/>
        <source>Copy the folder to the store&apos;s web host, or serve it here on the local network.</source>
        <translation>把这个文件夹复制到小店的网站空间，或在这台电脑上通过局域网发布。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="396"/>
        <source>Saving the store profile</source>
        <translation>正在保存店铺资料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="404"/>
        <source>Make a new key? Orders placed with the old one stay unreadable.</source>
        <translation>生成新密钥吗？用旧密钥下的订单将无法再读取。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="407"/>
        <source>Making a new delivery key</source>
        <translation>正在生成新的收货信息密钥</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="431"/>
        <source>Make an account on the Wallet page first: buyers pay the account that signs the offers.</source>
        <translation>请先在“钱包”页面创建账户：买家的钱会付给签署报价的账户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="439"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="439"/>
        <source>Escrow offers (EIP-712, “Ziliudi Escrow”)</source>
        <translation>担保报价（EIP-712，“Ziliudi Escrow”）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="440"/>
        <source>Listings</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="440"/>
        <source>every live listing without a valid offer, at its price now, up to its stock</source>
        <translation>所有尚无有效报价的在售商品，按当前售价，以库存为上限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="442"/>
        <source>Seller</source>
        <translation>卖家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="443"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="444"/>
        <source>Bond</source>
        <translation>保证金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="444"/>
        <source>30% of the price, posted when you accept an order</source>
        <translation>售价的 30%，在接单时缴纳</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="445"/>
        <source>Arbitrator</source>
        <translation>仲裁人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="451"/>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="452"/>
        <source>Sign offers</source>
        <translation>签署报价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="453"/>
        <source>Password of {account}:</source>
        <translation>{account} 的密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="458"/>
        <source>Signing offers</source>
        <translation>正在签署报价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="469"/>
        <source>No arbitrator: a dispute can only time out.</source>
        <translation>没有仲裁人：争议只能等到超时处理。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="470"/>
        <source>{account} ({contact}), fee {fee} per disputed order</source>
        <translation>{account}（{contact}），每笔争议订单收费 {fee}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="486"/>
        <source>Naming the arbitrator</source>
        <translation>正在设置仲裁人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="502"/>
        <source>1 {side} = {rate} {listing}</source>
        <translation>1 {side} = {rate} {listing}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="507"/>
        <source>{signed} offers signed by {seller} on {network}; {payable} listings can be paid in {symbol}. Export the site again to publish them.</source>
        <translation>{seller} 已在 {network} 上签署 {signed} 个报价，{payable} 件商品可用 {symbol} 支付。请重新导出网站以发布。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="513"/>
        <source>Prices were converted at 1 {side} = {rate} {listing} ({date}).</source>
        <translation>价格按 1 {side} = {rate} {listing}（{date}）换算。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="526"/>
        <source>Not serving.</source>
        <translation>未在局域网共享。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="531"/>
        <source>Export the site first.</source>
        <translation>请先导出网站。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/storefront.py" line="545"/>
        <source>Buyers on this network open {url}</source>
        <translation>同一局域网内的买家可打开 {url}</translation>
    </message>
</context>
<context>
    <name>TasksIndicator</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="39"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="53"/>
        <source>{title} and {n} more</source>
        <translation>{title} 等 {n} 项</translation>
    </message>
</context>
<context>
    <name>TeamChart</name>
    <message>
        <location filename="../../desktop/ui/downline_chart.py" line="42"/>
        <source>元</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/downline_chart.py" line="43"/>
        <source>base units</source>
        <translation>最小单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/downline_chart.py" line="45"/>
        <source>{team}: sales and commission per month ({unit})</source>
        <translation>{team}：每月销售额与佣金（{unit}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/downline_chart.py" line="47"/>
        <source>Net sales</source>
        <translation>净销售额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/downline_chart.py" line="49"/>
        <source>Commission (right scale)</source>
        <translation>佣金（右侧刻度）</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../../desktop/ui/pages/downline.py" line="76"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../../desktop/ui/tour.py" line="11"/>
        <source>Overview: this month&apos;s sales and profit, the money on hand and the stock, at a glance.</source>
        <extracomment>(page key, what the area is for), in the order the tour shows them.</extracomment>
        <translation>概览：本月销售和利润、手头资金和库存，一目了然。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="13"/>
        <source>Lots: the stock you clear, imported from a spreadsheet or a supplier&apos;s signed lot sheet.</source>
        <translation>档期：你要清的货，从表格或供货商签名的货单导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="15"/>
        <source>Storefront: pick items into your own shop page and share it with your WeChat groups.</source>
        <translation>我的小店：把商品选进自己的店铺页，分享到微信群。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="17"/>
        <source>Orders &amp; escrow: buyers&apos; payments wait in the escrow until the goods arrive.</source>
        <translation>订单与担保：买家的货款在担保中等到货后再放款。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="19"/>
        <source>Wallet: your accounts and balances; the demo runs on the Sandbox, with test money.</source>
        <translation>钱包：你的账户和余额；演示运行在沙盒上，用的是测试币。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="21"/>
        <source>Books: the journal of every sale and cost, offline ones too, and the exports for your accountant.</source>
        <translation>账本：每笔销售和支出（包括线下的）的流水，以及给会计的导出。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="35"/>
        <source>Tour</source>
        <translation>导览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="51"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="90"/>
        <source>{n} of {total}</source>
        <translation>第 {n} 步，共 {total} 步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="92"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="92"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>TrackingDialog</name>
    <message>
        <location filename="../../desktop/ui/tracking_dialog.py" line="26"/>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tracking_dialog.py" line="27"/>
        <source>Tracking number</source>
        <translation>快递单号</translation>
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
    <name>WalletJournal</name>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="35"/>
        <source>Deploy the escrow contract</source>
        <translation>部署担保合约</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="37"/>
        <source>Allow the escrow to take tokens</source>
        <translation>允许担保合约扣取代币</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="38"/>
        <source>Pay for {n} × offer</source>
        <translation>支付 {n} 件报价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="40"/>
        <source>Pay for {n} × offer with a permit</source>
        <translation>凭授权签名支付 {n} 件报价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="41"/>
        <source>Accept order {order}</source>
        <translation>接单 {order}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="42"/>
        <source>Accept {n} orders</source>
        <translation>接 {n} 个订单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="44"/>
        <source>Mark {n} orders shipped</source>
        <translation>将 {n} 个订单标记为已发货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="45"/>
        <source>Revoke an offer</source>
        <translation>撤销一个报价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="46"/>
        <source>Revoke {n} offers</source>
        <translation>撤销 {n} 个报价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="47"/>
        <source>Withdraw a credited payout</source>
        <translation>提取待提取的款项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="48"/>
        <source>Send to {to}</source>
        <translation>转账给 {to}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="50"/>
        <source>Send {amount} to {to}</source>
        <translation>转账 {amount} 给 {to}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="52"/>
        <source>Order {order}: {action}</source>
        <translation>订单 {order}：{action}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="56"/>
        <source>cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="57"/>
        <source>confirm receipt</source>
        <translation>确认收货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="58"/>
        <source>decline</source>
        <translation>拒单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="59"/>
        <source>mark shipped</source>
        <translation>标记已发货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="60"/>
        <source>claim</source>
        <translation>领取货款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="61"/>
        <source>reclaim</source>
        <translation>取回货款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="62"/>
        <source>refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="63"/>
        <source>end the dispute after its deadline</source>
        <translation>争议到期后结束争议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="64"/>
        <source>dispute</source>
        <translation>发起争议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="65"/>
        <source>add a statement</source>
        <translation>补充陈述</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="66"/>
        <source>rule</source>
        <translation>裁决</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="67"/>
        <source>settle</source>
        <translation>结算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="68"/>
        <source>void settlements</source>
        <translation>作废结算签名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallet_journal.py" line="76"/>
        <source>Cancel: {what}</source>
        <translation>取消：{what}</translation>
    </message>
</context>
<context>
    <name>WalletPage</name>
    <message>
        <location filename="../../desktop/ui/pages/__init__.py" line="43"/>
        <location filename="../../desktop/ui/pages/wallet.py" line="43"/>
        <source>Wallet</source>
        <extracomment>The areas whose change the page shows: the wallet&apos;s own, and the orders (escrow calls spend and pay out tokens).</extracomment>
        <translation>钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="48"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="56"/>
        <source>Add network…</source>
        <translation>添加网络…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="65"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="65"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="65"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="65"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="72"/>
        <source>New account…</source>
        <translation>新建账户…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="73"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="74"/>
        <source>Back up phrase…</source>
        <translation>备份助记词…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="75"/>
        <source>Send…</source>
        <translation>转账…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="76"/>
        <source>Export keystore…</source>
        <translation>导出密钥文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="77"/>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="78"/>
        <source>Get test money</source>
        <translation>领取测试币</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="79"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="104"/>
        <source>Loading the wallet…</source>
        <translation>正在加载钱包…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="105"/>
        <source>Loading the wallet</source>
        <translation>正在加载钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="147"/>
        <source>Sandbox: test money on this computer only, not real money.</source>
        <translation>沙盒（本机测试）：测试币只在这台电脑上有效，不是真钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="154"/>
        <source>An account&apos;s recovery phrase is not backed up yet: use “Back up phrase…”.</source>
        <translation>有账户的助记词还没有备份：请使用“备份助记词…”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="157"/>
        <source>not backed up</source>
        <translation>未备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="157"/>
        <source>backed up</source>
        <translation>已备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="158"/>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="200"/>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="200"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="201"/>
        <source>wrong chain</source>
        <translation>链不匹配</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="205"/>
        <source>Checking {network}</source>
        <translation>正在检查 {network}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="233"/>
        <source>Reading balances</source>
        <translation>正在读取余额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="238"/>
        <source>Choosing {network}</source>
        <translation>正在切换到 {network}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="244"/>
        <source>Getting test money</source>
        <translation>正在领取测试币</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="246"/>
        <source>{account} got {coins} and {tokens} of test money (Sandbox only, not real money).</source>
        <translation>{account} 收到 {coins} 和 {tokens} 测试币（仅限沙盒，不是真钱）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="264"/>
        <source>Adding network {name}</source>
        <translation>正在添加网络 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="287"/>
        <source>Creating the account</source>
        <translation>正在创建账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="303"/>
        <source>Checking the words</source>
        <translation>正在核对助记词</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="312"/>
        <source>The passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="327"/>
        <source>Importing account</source>
        <translation>正在导入账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="332"/>
        <location filename="../../desktop/ui/pages/wallet.py" line="349"/>
        <source>Back up phrase</source>
        <translation>备份助记词</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="332"/>
        <location filename="../../desktop/ui/pages/wallet.py" line="357"/>
        <source>Password of this account:</source>
        <translation>这个账户的密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="335"/>
        <source>Reading the recovery phrase</source>
        <translation>正在读取助记词</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="357"/>
        <location filename="../../desktop/ui/pages/wallet.py" line="360"/>
        <source>Export keystore</source>
        <translation>导出密钥文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="361"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="371"/>
        <source>Exporting keystore</source>
        <translation>正在导出密钥文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="372"/>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="379"/>
        <source>Remove {label} ({address})? Its keys leave this computer&apos;s keyring; only its recovery phrase or an exported keystore can bring it back.</source>
        <translation>移除 {label}（{address}）吗？它的密钥将从本机的系统钥匙串中删除，只有助记词或导出的密钥文件才能恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="383"/>
        <source>Its recovery phrase was never backed up: anything it holds will be lost.</source>
        <translation>它的助记词从未备份：账户里的资产将全部丢失。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="391"/>
        <source>Removing account</source>
        <translation>正在删除账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="408"/>
        <source>Preparing the transfer</source>
        <translation>正在准备转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="415"/>
        <source>Send it once more?</source>
        <translation>要再发送一次吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="417"/>
        <source>Send {amount} to {recipient} on {network}?
Network fee: about {fee}, at most {max_fee}.</source>
        <translation>在 {network} 上向 {recipient} 转账 {amount} 吗？
网络手续费：约 {fee}，最多 {max_fee}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="420"/>
        <source>Confirm transfer</source>
        <translation>确认转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="420"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="418"/>
        <source>Sent {amount} to {recipient} on {network}.</source>
        <translation>已在 {network} 上向 {recipient} 转账 {amount}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet.py" line="430"/>
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
</context>
<context>
    <name>WalletStep</name>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="173"/>
        <source>Your wallet</source>
        <translation>你的钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="174"/>
        <source>The wallet holds the keys that take payments through the escrow. Its recovery phrase is the only way back to them.</source>
        <translation>钱包保存通过担保收款所用的密钥。助记词是找回它们的唯一途径。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="176"/>
        <source>Create a new wallet (write down its recovery phrase)</source>
        <translation>创建新钱包（抄下助记词）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="177"/>
        <source>Import a wallet from its recovery phrase</source>
        <translation>用助记词导入钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="178"/>
        <source>No wallet: sell without a chain (WeChat Pay and Alipay only)</source>
        <translation>不用钱包：不上链销售（只用微信/支付宝收款）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="180"/>
        <source>Recovery phrase</source>
        <translation>助记词</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="182"/>
        <source>The wallet is ready; it is kept when you press Finish.</source>
        <translation>钱包已准备好，按“完成”后保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="218"/>
        <source>Making a recovery phrase</source>
        <translation>正在生成助记词</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="229"/>
        <source>Checking the words</source>
        <translation>正在核对单词</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="245"/>
        <source>The passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="252"/>
        <source>Checking the recovery phrase</source>
        <translation>正在检查助记词</translation>
    </message>
</context>
<context>
    <name>WelcomeWizard</name>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="327"/>
        <source>The translation for {language} is missing.</source>
        <translation>缺少 {language} 的翻译。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="343"/>
        <source>Welcome to Ziliudi</source>
        <translation>欢迎使用自留地</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="357"/>
        <source>Setting up {name}</source>
        <translation>正在创建 {name}</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../desktop/cli.py" line="168"/>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序版本号并退出</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="69"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="70"/>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="71"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="72"/>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="73"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="74"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="75"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="76"/>
        <source>one of the arguments %s is required</source>
        <translation>必须给出参数 %s 之一</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="77"/>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="78"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选值：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="79"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="80"/>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="81"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="82"/>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="83"/>
        <source>expected at most one argument</source>
        <translation>最多只能有一个值</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="84"/>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="85"/>
        <source>expected %s argument</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="86"/>
        <source>expected %s arguments</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="87"/>
        <source>ignored explicit argument %r</source>
        <translation>此选项不接受值：%r</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="88"/>
        <source>unexpected option string: %s</source>
        <translation>意外的选项：%s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../desktop/cli.py" line="78"/>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="79"/>
        <source>Repeat: </source>
        <translation>再输一次：</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="80"/>
        <source>the passwords do not match</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="91"/>
        <source> [y/N] </source>
        <translation> [y/N]（是/否）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="281"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
</context>
<context>
    <name>cli.about</name>
    <message>
        <location filename="../../desktop/commands/about.py" line="16"/>
        <source>Data folder: {folder}</source>
        <translation>数据文件夹：{folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/about.py" line="17"/>
        <source>Log file: {file}</source>
        <translation>日志文件：{file}</translation>
    </message>
</context>
<context>
    <name>cli.arbitration</name>
    <message>
        <location filename="../../desktop/commands/arbitration.py" line="24"/>
        <source>wrote the arbitrator card of {account} to {file}</source>
        <translation>已将 {account} 的仲裁人名片写入 {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/arbitration.py" line="52"/>
        <source>no open dispute names this profile&apos;s accounts as arbitrator</source>
        <translation>没有进行中的争议指定本账套的账户为仲裁人</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/arbitration.py" line="57"/>
        <source>order {order}: holds {held}, your fee {fee}, rule before {due}</source>
        <translation>订单 {order}：托管 {held}，你的仲裁费 {fee}，请在 {due} 前裁决</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/arbitration.py" line="63"/>
        <source>no statement</source>
        <translation>没有陈述</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/arbitration.py" line="75"/>
        <source>Order {order}: the buyer gets {buyer}; the seller gets {seller} (its payees&apos; shares come out of it); the arbitrator&apos;s fee is {fee}.</source>
        <translation>订单 {order}：买家得到 {buyer}；卖家得到 {seller}（其分账收款人的份额从中扣出）；仲裁费为 {fee}。</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/arbitration.py" line="79"/>
        <source>Send this ruling?</source>
        <translation>发送这个裁决吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/arbitration.py" line="81"/>
        <source>Password of the arbitrator account {account}: </source>
        <translation>仲裁人账户 {account} 的密码：</translation>
    </message>
</context>
<context>
    <name>cli.books</name>
    <message>
        <location filename="../../desktop/commands/books.py" line="50"/>
        <source>(income less expenses)</source>
        <translation>（收入减支出）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/books.py" line="67"/>
        <source>net income</source>
        <translation>净收益</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/books.py" line="69"/>
        <source>{account} (tokens in CNY at the offers&apos; rates)</source>
        <translation>{account}（代币按报价汇率折合人民币）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/books.py" line="76"/>
        <source>LISTING</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/books.py" line="77"/>
        <source>CUSTOMER</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/books.py" line="78"/>
        <source>DAY</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/books.py" line="89"/>
        <source>SALES</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/books.py" line="90"/>
        <source>COST</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/books.py" line="90"/>
        <source>MARGIN</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/books.py" line="106"/>
        <source>ACCOUNT</source>
        <translation>科目</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/books.py" line="106"/>
        <source>OPENING</source>
        <translation>期初</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/books.py" line="107"/>
        <source>IN</source>
        <translation>流入</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/books.py" line="107"/>
        <source>OUT</source>
        <translation>流出</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/books.py" line="108"/>
        <source>CLOSING</source>
        <translation>期末</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/books.py" line="75"/>
        <location filename="../../desktop/commands/books.py" line="123"/>
        <source>LOT</source>
        <translation>档期</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/books.py" line="123"/>
        <source>SOLD</source>
        <translation>已售</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/books.py" line="124"/>
        <source>OFFERED</source>
        <translation>上架</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/books.py" line="124"/>
        <source>SELL-THROUGH</source>
        <translation>售罄率</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/books.py" line="125"/>
        <source>SUPPLY VALUE SOLD</source>
        <translation>已售货值（进价）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/books.py" line="156"/>
        <source>posted entry #{entry}</source>
        <translation>已记账：凭证 #{entry}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/books.py" line="165"/>
        <source>entry #{entry} reversed by entry #{new}</source>
        <translation>凭证 #{entry} 已由凭证 #{new} 冲销</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/books.py" line="175"/>
        <source>wrote the receipt of entry #{entry} to {file}</source>
        <translation>已将凭证 #{entry} 的票据保存到 {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/books.py" line="184"/>
        <source>wrote {count} entries to {file}</source>
        <translation>已将 {count} 笔凭证写入 {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/books.py" line="192"/>
        <source>wrote {count} rows to {file}</source>
        <translation>已将 {count} 行写入 {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/books.py" line="196"/>
        <source>wrote {count} lines to {file}</source>
        <translation>已将 {count} 条分录写入 {file}</translation>
    </message>
</context>
<context>
    <name>cli.downline</name>
    <message>
        <location filename="../../desktop/commands/downline.py" line="16"/>
        <source>permanent</source>
        <translation>永久</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/downline.py" line="17"/>
        <source>latest</source>
        <translation>以最新推荐人为准</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/downline.py" line="33"/>
        <source>invite from {upline}, valid until {expiry}:</source>
        <translation>来自 {upline} 的邀请，有效期至 {expiry}：</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/downline.py" line="36"/>
        <source>link: {link}</source>
        <translation>链接：{link}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/downline.py" line="52"/>
        <source>{member} joined the downline of {upline}. Send this acceptance back to your upline:</source>
        <translation>{member} 已加入 {upline} 的下线。请把这份确认发回给你的上线：</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/downline.py" line="65"/>
        <source>{member} is in the downline of {upline}</source>
        <translation>{member} 已在 {upline} 的下线中</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/downline.py" line="81"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/downline.py" line="82"/>
        <source>{account} (upline: {upline}), {total} members</source>
        <translation>{account}（上线：{upline}），共 {total} 名成员</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/downline.py" line="85"/>
        <source>{member}  joined {at}, {below} below</source>
        <translation>{member}  于 {at} 加入，其下 {below} 人</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/downline.py" line="103"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/downline.py" line="104"/>
        <source>level {n}: {percent}%</source>
        <translation>第 {n} 级：{percent}%</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/downline.py" line="106"/>
        <source>{title}: {levels}; customers bound: {binding}</source>
        <translation>{title}：{levels}；客户绑定：{binding}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/downline.py" line="107"/>
        <source>no commission</source>
        <translation>无佣金</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/downline.py" line="110"/>
        <source>warning: {warning}</source>
        <translation>警告：{warning}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/downline.py" line="117"/>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/downline.py" line="139"/>
        <source>statement for {month}: {count} members (amounts in minor units)</source>
        <translation>{month} 对账单：{count} 名成员（金额以最小货币单位计）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/downline.py" line="152"/>
        <source>marked paid to {member} for {month}: {amount} ({sales} sales)</source>
        <translation>已标记 {month} 向 {member} 支付：{amount}（{sales} 笔销售）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/downline.py" line="165"/>
        <source>{member}: the team&apos;s sales and the member&apos;s commission per month</source>
        <translation>{member}：团队每月销售额与该成员的佣金</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/downline.py" line="167"/>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/downline.py" line="167"/>
        <source>sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/downline.py" line="168"/>
        <source>refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/downline.py" line="168"/>
        <source>commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/downline.py" line="169"/>
        <source>reversed</source>
        <translation>已冲回</translation>
    </message>
</context>
<context>
    <name>cli.dropship</name>
    <message>
        <location filename="../../desktop/commands/dropship.py" line="18"/>
        <source>wrote {count} orders sealed to the supplier&apos;s store key to {file}</source>
        <translation>已将 {count} 笔订单用供货商的店铺密钥加密后写入 {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/dropship.py" line="20"/>
        <source>wrote {count} orders to {file}</source>
        <translation>已将 {count} 笔订单写入 {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/dropship.py" line="23"/>
        <source>{count} pickup orders are left out: they are collected in the shop.</source>
        <translation>未列入 {count} 笔自提订单：买家到店取货。</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/dropship.py" line="30"/>
        <source>opened the shipping list into {file}</source>
        <translation>已将发货单解密写入 {file}</translation>
    </message>
</context>
<context>
    <name>cli.help</name>
    <message>
        <location filename="../../desktop/cli.py" line="162"/>
        <source>Ziliudi (自留地): your own storefront, clearance lots, escrow and books.</source>
        <translation>自留地：你自己的小店、清仓档期、担保交易和账本。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="169"/>
        <source>data folder (default: the user data folder, or ${variable}); settings live inside it too</source>
        <translation>数据文件夹（默认：用户数据文件夹，或 ${variable}）；设置也保存在里面</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="173"/>
        <source>the profile to use</source>
        <translation>要使用的账套</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="175"/>
        <source>use the demo profile (created on first use)</source>
        <translation>使用演示账套（第一次使用时创建）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="177"/>
        <source>interface language (default: the system&apos;s)</source>
        <translation>界面语言（默认：跟随系统）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="179"/>
        <source>open the window offscreen on a temporary profile, check the parts, and exit</source>
        <translation>在后台用临时账套打开窗口，检查各部分后退出</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="184"/>
        <source>open the window (the default)</source>
        <translation>打开窗口（默认）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/about.py" line="13"/>
        <source>the version, the data folder, the log file and the Qt, PySide and Python versions (Help → About)</source>
        <translation>版本、数据文件夹、日志文件，以及 Qt、PySide 和 Python 的版本（帮助 → 关于）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/about.py" line="17"/>
        <location filename="../../desktop/commands/parsers/arbitration.py" line="35"/>
        <location filename="../../desktop/commands/parsers/arbitration.py" line="51"/>
        <location filename="../../desktop/commands/parsers/books.py" line="24"/>
        <location filename="../../desktop/commands/parsers/books.py" line="33"/>
        <location filename="../../desktop/commands/parsers/books.py" line="42"/>
        <location filename="../../desktop/commands/parsers/books.py" line="50"/>
        <location filename="../../desktop/commands/parsers/books.py" line="56"/>
        <location filename="../../desktop/commands/parsers/books.py" line="65"/>
        <location filename="../../desktop/commands/parsers/books.py" line="86"/>
        <location filename="../../desktop/commands/parsers/books.py" line="95"/>
        <location filename="../../desktop/commands/parsers/books.py" line="105"/>
        <location filename="../../desktop/commands/parsers/downline.py" line="28"/>
        <location filename="../../desktop/commands/parsers/downline.py" line="39"/>
        <location filename="../../desktop/commands/parsers/downline.py" line="46"/>
        <location filename="../../desktop/commands/parsers/downline.py" line="55"/>
        <location filename="../../desktop/commands/parsers/downline.py" line="68"/>
        <location filename="../../desktop/commands/parsers/downline.py" line="83"/>
        <location filename="../../desktop/commands/parsers/downline.py" line="97"/>
        <location filename="../../desktop/commands/parsers/downline.py" line="122"/>
        <location filename="../../desktop/commands/parsers/dropship.py" line="49"/>
        <location filename="../../desktop/commands/parsers/lots.py" line="23"/>
        <location filename="../../desktop/commands/parsers/lots.py" line="29"/>
        <location filename="../../desktop/commands/parsers/lots.py" line="50"/>
        <location filename="../../desktop/commands/parsers/lots.py" line="94"/>
        <location filename="../../desktop/commands/parsers/lots.py" line="101"/>
        <location filename="../../desktop/commands/parsers/lots.py" line="126"/>
        <location filename="../../desktop/commands/parsers/lots.py" line="164"/>
        <location filename="../../desktop/commands/parsers/offline_orders.py" line="40"/>
        <location filename="../../desktop/commands/parsers/offline_orders.py" line="46"/>
        <location filename="../../desktop/commands/parsers/offline_orders.py" line="60"/>
        <location filename="../../desktop/commands/parsers/offline_orders.py" line="69"/>
        <location filename="../../desktop/commands/parsers/offline_orders.py" line="85"/>
        <location filename="../../desktop/commands/parsers/offline_orders.py" line="97"/>
        <location filename="../../desktop/commands/parsers/offline_orders.py" line="105"/>
        <location filename="../../desktop/commands/parsers/orders.py" line="20"/>
        <location filename="../../desktop/commands/parsers/orders.py" line="89"/>
        <location filename="../../desktop/commands/parsers/pickup.py" line="30"/>
        <location filename="../../desktop/commands/parsers/pickup.py" line="34"/>
        <location filename="../../desktop/commands/parsers/pickup.py" line="39"/>
        <location filename="../../desktop/commands/parsers/pickup.py" line="71"/>
        <location filename="../../desktop/commands/parsers/profile.py" line="20"/>
        <location filename="../../desktop/commands/parsers/profile.py" line="52"/>
        <location filename="../../desktop/commands/parsers/sandbox.py" line="38"/>
        <location filename="../../desktop/commands/parsers/sandbox.py" line="49"/>
        <location filename="../../desktop/commands/parsers/sandbox.py" line="65"/>
        <location filename="../../desktop/commands/parsers/sandbox.py" line="74"/>
        <location filename="../../desktop/commands/parsers/storefront.py" line="26"/>
        <location filename="../../desktop/commands/parsers/storefront.py" line="39"/>
        <location filename="../../desktop/commands/parsers/storefront.py" line="68"/>
        <location filename="../../desktop/commands/parsers/storefront.py" line="78"/>
        <location filename="../../desktop/commands/parsers/storefront.py" line="88"/>
        <location filename="../../desktop/commands/parsers/storefront.py" line="93"/>
        <location filename="../../desktop/commands/parsers/storefront.py" line="114"/>
        <location filename="../../desktop/commands/parsers/storefront.py" line="122"/>
        <location filename="../../desktop/commands/parsers/storefront.py" line="137"/>
        <location filename="../../desktop/commands/parsers/storefront.py" line="163"/>
        <location filename="../../desktop/commands/parsers/storefront.py" line="191"/>
        <source>print one JSON document</source>
        <translation>输出一份 JSON 文档</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/arbitration.py" line="14"/>
        <source>rule on disputes that name this profile as arbitrator</source>
        <translation>裁决指定本账套为仲裁人的争议</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/arbitration.py" line="18"/>
        <source>write this profile&apos;s arbitrator card (account, public key, contact) for a store to import</source>
        <translation>写出本账套的仲裁人名片（账户、公钥、联系方式），供店铺导入</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/arbitration.py" line="22"/>
        <source>where to write it (default: print)</source>
        <translation>写到哪里（默认：直接显示）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/arbitration.py" line="24"/>
        <source>the account that rules (default: the only account)</source>
        <translation>作出裁决的账户（默认：唯一的账户）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/arbitration.py" line="26"/>
        <source>how parties reach you</source>
        <translation>双方如何联系你</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/arbitration.py" line="30"/>
        <source>open disputes naming this profile&apos;s accounts, with both statements</source>
        <translation>指定本账套账户为仲裁人的进行中争议，附双方陈述</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/arbitration.py" line="33"/>
        <location filename="../../desktop/commands/parsers/arbitration.py" line="45"/>
        <location filename="../../desktop/commands/parsers/dropship.py" line="45"/>
        <location filename="../../desktop/commands/parsers/orders.py" line="85"/>
        <source>default: the profile&apos;s network</source>
        <translation>默认：账套的网络</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/arbitration.py" line="39"/>
        <source>rule on a dispute: the buyer gets AMOUNT, the seller the rest less your fee</source>
        <translation>裁决争议：买家得 AMOUNT，其余扣除你的仲裁费后归卖家</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/arbitration.py" line="41"/>
        <location filename="../../desktop/commands/parsers/sandbox.py" line="47"/>
        <location filename="../../desktop/commands/parsers/sandbox.py" line="60"/>
        <source>the order number (1-2)</source>
        <translation>订单号（1-2）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/arbitration.py" line="43"/>
        <source>the buyer&apos;s part in the token, e.g. 40 or 40.5</source>
        <translation>买家应得的代币数，例如 40 或 40.5</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/arbitration.py" line="47"/>
        <location filename="../../desktop/commands/parsers/orders.py" line="49"/>
        <location filename="../../desktop/commands/parsers/profile.py" line="91"/>
        <location filename="../../desktop/commands/parsers/wallet.py" line="77"/>
        <location filename="../../desktop/commands/parsers/wallet.py" line="106"/>
        <location filename="../../desktop/commands/parsers/wallet.py" line="135"/>
        <source>do not ask for confirmation</source>
        <translation>不再询问确认</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/arbitration.py" line="49"/>
        <location filename="../../desktop/commands/parsers/downline.py" line="132"/>
        <location filename="../../desktop/commands/parsers/dropship.py" line="47"/>
        <location filename="../../desktop/commands/parsers/lots.py" line="157"/>
        <location filename="../../desktop/commands/parsers/orders.py" line="87"/>
        <location filename="../../desktop/commands/parsers/storefront.py" line="112"/>
        <location filename="../../desktop/commands/parsers/storefront.py" line="135"/>
        <location filename="../../desktop/commands/parsers/wallet.py" line="25"/>
        <source>read the password from stdin</source>
        <translation>从标准输入读取密码</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/books.py" line="15"/>
        <source>the books: balances, profit, the journal, exports</source>
        <translation>账本：余额、利润、日记账、导出</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/books.py" line="20"/>
        <source>what is owned and owed: each account&apos;s balance</source>
        <translation>有什么、欠什么：各科目的余额</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/books.py" line="22"/>
        <source>at the end of this day (default: now)</source>
        <translation>截至这一天结束时（默认：现在）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/books.py" line="27"/>
        <source>profit and loss over a period</source>
        <translation>一段时间的损益</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/books.py" line="29"/>
        <location filename="../../desktop/commands/parsers/books.py" line="125"/>
        <source>the first day, as 2025-01-01</source>
        <translation>第一天，格式如 2025-01-01</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/books.py" line="31"/>
        <location filename="../../desktop/commands/parsers/books.py" line="127"/>
        <source>the last day, included</source>
        <translation>最后一天（含当天）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/books.py" line="37"/>
        <source>net sales, cost of goods and margin by lot, listing, customer or day</source>
        <translation>按档期、商品、客户或日期统计的净销售额、销售成本和毛利</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/books.py" line="46"/>
        <source>cash and token flows: what each money account held, took in and paid out</source>
        <translation>现金与代币流量：各资金账户的期初、收入和支出</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/books.py" line="54"/>
        <source>each lot&apos;s units sold of those offered</source>
        <translation>各档期已售件数占上架件数的比例</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/books.py" line="60"/>
        <source>the latest lines of the journal, newest first</source>
        <translation>日记账的最近几行，最新的在前</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/books.py" line="62"/>
        <source>only this account (e.g. Assets:Cash)</source>
        <translation>只看这个科目（例如 Assets:Cash）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/books.py" line="69"/>
        <source>post an entry by hand: an amount from one account to another</source>
        <translation>手工记一笔账：从一个科目转一笔金额到另一个科目</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/books.py" line="72"/>
        <source>the account that receives (e.g. Expenses:Other)</source>
        <translation>收到钱的科目（例如 Expenses:Other）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/books.py" line="74"/>
        <source>the account it comes from (e.g. Assets:Cash)</source>
        <translation>钱出自的科目（例如 Assets:Cash）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/books.py" line="76"/>
        <source>e.g. 35 or ¥35.00</source>
        <translation>例如 35 或 ￥35.00</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/books.py" line="78"/>
        <source>default CNY</source>
        <translation>默认 CNY</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/books.py" line="80"/>
        <source>what it is for</source>
        <translation>这笔钱的用途</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/books.py" line="82"/>
        <source>the day it happened (default: now)</source>
        <translation>发生的日期（默认：现在）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/books.py" line="84"/>
        <location filename="../../desktop/commands/parsers/offline_orders.py" line="37"/>
        <source>a picture of the receipt</source>
        <translation>票据照片</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/books.py" line="90"/>
        <source>undo an entry with a reversing entry</source>
        <translation>用一笔冲销分录撤销一笔账</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/books.py" line="92"/>
        <location filename="../../desktop/commands/parsers/books.py" line="101"/>
        <source>the entry&apos;s number</source>
        <translation>分录编号</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/books.py" line="93"/>
        <source>why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/books.py" line="99"/>
        <source>write an entry&apos;s receipt picture to a file</source>
        <translation>把一笔分录的票据照片保存到文件</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/books.py" line="103"/>
        <source>the file to write (replaced if it is there)</source>
        <translation>要写入的文件（已存在则覆盖）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/books.py" line="109"/>
        <source>write the journal for an accountant, or the reports</source>
        <translation>导出给会计的日记账，或导出报表</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/books.py" line="112"/>
        <source>report: every report (balances, profit and loss, flows, sales, sell-through) as XLSX, PDF or CSV by the file&apos;s name</source>
        <translation>report：全部报表（余额、损益、资金流量、销售、售罄率），按文件扩展名存为 XLSX、PDF 或 CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/books.py" line="117"/>
        <source>report: the first day</source>
        <translation>report：第一天</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/books.py" line="119"/>
        <source>report: the last day, included</source>
        <translation>report：最后一天（含当天）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/downline.py" line="16"/>
        <source>downline (分销团队): invites, members, plans</source>
        <translation>分销团队：邀请、成员、分佣方案</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/downline.py" line="21"/>
        <source>sign an invite: a code, a link and a QR</source>
        <translation>签发邀请：邀请码、链接和二维码</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/downline.py" line="23"/>
        <source>how long it can be used (default 7)</source>
        <translation>有效天数（默认 7）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/downline.py" line="25"/>
        <source>also write the QR code as a PNG</source>
        <translation>同时把二维码保存为 PNG</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/downline.py" line="32"/>
        <source>join the downline of an invite&apos;s upline</source>
        <translation>凭邀请加入上线的分销团队</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/downline.py" line="34"/>
        <source>the invite&apos;s code or link, or a file</source>
        <translation>邀请码或链接，或一个文件</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/downline.py" line="36"/>
        <source>also write the acceptance to send back to a file</source>
        <translation>同时把要发回的确认书保存到文件</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/downline.py" line="42"/>
        <source>record a member from its acceptance</source>
        <translation>凭确认书登记一名成员</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/downline.py" line="44"/>
        <source>the acceptance&apos;s code, or a file</source>
        <translation>确认书的代码，或一个文件</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/downline.py" line="51"/>
        <source>the upline and every member below the account</source>
        <translation>上线，以及该账户下的每一名成员</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/downline.py" line="59"/>
        <source>a team&apos;s sales and its member&apos;s commission per month</source>
        <translation>团队每月的销售额和该成员的佣金</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/downline.py" line="62"/>
        <source>the member whose team (default: the account itself)</source>
        <translation>看哪位成员的团队（默认：账户自己）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/downline.py" line="65"/>
        <source>how many months up to this one (12)</source>
        <translation>到本月为止看几个月（12）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/downline.py" line="72"/>
        <source>every member&apos;s statement for a month</source>
        <translation>每位成员某个月的对账单</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/downline.py" line="74"/>
        <source>the month (default: this month, UTC)</source>
        <translation>月份（默认：本月，按 UTC）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/downline.py" line="75"/>
        <source>one member only</source>
        <translation>只看一名成员</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/downline.py" line="77"/>
        <source>also write it as CSV</source>
        <translation>同时保存为 CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/downline.py" line="79"/>
        <source>also write it as an XLSX workbook</source>
        <translation>同时保存为 XLSX 工作簿</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/downline.py" line="81"/>
        <source>also write it as an A4 PDF</source>
        <translation>同时保存为 A4 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/downline.py" line="87"/>
        <source>mark paid by hand what a member is owed for a month&apos;s offline orders (their commissions once available)</source>
        <translation>手工标记已付：某月线下订单应付给成员的款项（有佣金后即为其佣金）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/downline.py" line="90"/>
        <source>the member&apos;s address</source>
        <translation>成员的地址</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/downline.py" line="92"/>
        <source>the month of the sales</source>
        <translation>销售所在的月份</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/downline.py" line="94"/>
        <source>how the commission was paid, which the books post it through (default: cash)</source>
        <translation>佣金的支付方式，账本按它记账（默认：现金）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/downline.py" line="102"/>
        <source>show or set a lot&apos;s commission plan and customer binding</source>
        <translation>查看或设置档期的分佣方案和客户绑定</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/downline.py" line="110"/>
        <source>percent per level, level 1 the seller: 10,3 (at most three levels)</source>
        <translation>每级佣金百分比，第 1 级是卖家：如 10,3（最多三级）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/downline.py" line="113"/>
        <source>how a customer stays with the distributor who brought it</source>
        <translation>客户如何归属于带来它的分销商</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/downline.py" line="116"/>
        <source>with --binding days: for how many days (30)</source>
        <translation>与 --binding days 一起用：绑定多少天（30）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/downline.py" line="118"/>
        <location filename="../../desktop/commands/parsers/downline.py" line="120"/>
        <source>never allowed</source>
        <translation>一律不允许</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/downline.py" line="128"/>
        <source>the account (default: the store&apos;s payout account, else the only one)</source>
        <translation>账户（默认：店铺的收款账户，否则唯一的账户）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/dropship.py" line="16"/>
        <source>write the accepted orders a supplier ships (order, goods, SKU, quantity, consignee); pickup orders are left out</source>
        <translation>导出供货商要发的已接订单（订单、货品、SKU、数量、收货人）；不含自提订单</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/dropship.py" line="20"/>
        <source>the supplier&apos;s account address (from its lot sheets)</source>
        <translation>供货商的账户地址（见其档期表）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/dropship.py" line="23"/>
        <source>FILE.xlsx or FILE.csv (with --sealed: any name)</source>
        <translation>FILE.xlsx 或 FILE.csv（用 --sealed 时文件名不限）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/dropship.py" line="25"/>
        <source>seal the list to the supplier&apos;s store key: only its app opens it</source>
        <translation>用供货商的店铺密钥加密发货单：只有它的应用能打开</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/dropship.py" line="30"/>
        <source>open a shipping list sealed to this store</source>
        <translation>打开加密给本店的发货单</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/dropship.py" line="31"/>
        <source>the sealed list</source>
        <translation>加密的发货单</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/dropship.py" line="32"/>
        <source>FILE.xlsx to write</source>
        <translation>要写入的 FILE.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/dropship.py" line="36"/>
        <source>mark orders shipped from a supplier&apos;s reply file (order number, carrier, tracking number); orders already marked shipped, or with a ship transaction on its way, are left as they are</source>
        <translation>按供货商的回单文件（订单号、快递公司、快递单号）将订单标记为已发货；已标记发货或发货交易正在上链途中的订单保持原样</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/dropship.py" line="40"/>
        <source>FILE.xlsx or FILE.csv</source>
        <translation>FILE.xlsx 或 FILE.csv</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/dropship.py" line="42"/>
        <source>ship the rows that read well even when others are refused</source>
        <translation>有的行被拒时，仍把能读懂的行标记发货</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="16"/>
        <source>clearance lots (档期): stock, sheets, exports</source>
        <translation>清仓档期：库存、档期表、导出</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="21"/>
        <source>list the lots with status and sell-through</source>
        <translation>列出档期及其状态和售罄率</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="26"/>
        <source>show a lot and its items</source>
        <translation>显示一个档期及其商品</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="33"/>
        <source>import a supplier&apos;s stock file (CSV or XLSX) into a lot</source>
        <translation>把供货商的库存文件（CSV 或 XLSX）导入档期</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="37"/>
        <source>the lot (created if new)</source>
        <translation>档期（没有则新建）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="39"/>
        <source>the XLSX worksheet (default: the first shown)</source>
        <translation>XLSX 工作表（默认：第一个显示的）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="41"/>
        <source>the supplier (its column mapping is remembered)</source>
        <translation>供货商（会记住它的列对应关系）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="43"/>
        <source>import the valid rows even when some rows are rejected</source>
        <translation>有的行被拒时，仍导入有效的行</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="46"/>
        <source>a CSV file&apos;s text encoding when it cannot be told for certain: utf-8, gb18030 (gbk), big5, shift-jis or utf-16</source>
        <translation>无法确定 CSV 文件的文字编码时指定：utf-8、gb18030 (gbk)、big5、shift-jis 或 utf-16</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="53"/>
        <source>create a draft lot</source>
        <translation>新建草稿档期</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="57"/>
        <source>start, e.g. 2025-06-01T10:00 (local time)</source>
        <translation>开始时间，例如 2025-06-01T10:00（本地时间）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="59"/>
        <source>end, e.g. 2025-06-08T22:00 (local time)</source>
        <translation>结束时间，例如 2025-06-08T22:00（本地时间）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="63"/>
        <source>set a draft lot&apos;s start and end</source>
        <translation>设置草稿档期的开始和结束时间</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="69"/>
        <source>publish a draft lot</source>
        <translation>发布草稿档期</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="70"/>
        <source>close a published lot before its end</source>
        <translation>在结束前关闭已发布的档期</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="71"/>
        <source>settle a closed lot</source>
        <translation>结算已关闭的档期</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="77"/>
        <source>a new revision of your own published lot: a later end, more stock, new prices</source>
        <translation>修订你自己已发布的档期：延后结束、增加库存、改价格</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="81"/>
        <source>the new, later end (local time)</source>
        <translation>新的、更晚的结束时间（本地时间）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="83"/>
        <source>add N units of an item (repeat for more items)</source>
        <translation>某商品增加 N 件（多个商品就重复此项）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="86"/>
        <source>a new suggested price in 元 (empty for none)</source>
        <translation>新的建议零售价，单位元（留空表示不设）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="88"/>
        <source>a new supply price in 元 (empty for none)</source>
        <translation>新的供货价，单位元（留空表示不设）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="89"/>
        <source>a new min price in 元 (empty for none)</source>
        <translation>新的最低价，单位元（留空表示不设）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="90"/>
        <source>a new tag price in 元 (empty for none)</source>
        <translation>新的吊牌价，单位元（留空表示不设）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="98"/>
        <source>what each revision of a lot changed</source>
        <translation>档期每次修订改了什么</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="105"/>
        <source>export a lot&apos;s items (or sell-through and settlement) to CSV or XLSX</source>
        <translation>把档期的商品（或售罄率与结算）导出为 CSV 或 XLSX</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="108"/>
        <source>FILE.csv or FILE.xlsx</source>
        <translation>FILE.csv 或 FILE.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="110"/>
        <source>export sell-through per item and the lot&apos;s settlement</source>
        <translation>导出每个商品的售罄率和档期结算</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="115"/>
        <source>show or set a lot&apos;s commission terms: the same as “downline plan” (percent per level, customer binding)</source>
        <translation>查看或设置档期的分佣条款：与“downline plan”相同（每级百分比、客户绑定）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="120"/>
        <source>a lot&apos;s settlement: for your own lot, what each distributor sold and paid you on chain; for a supplier&apos;s lot, your offline sales owed to it</source>
        <translation>档期结算：自己的档期，看各分销商卖了多少、在链上付了你多少；供货商的档期，看你线下销售欠它多少</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="130"/>
        <source>signed lot sheets: export one for distributors, or import one from a seller</source>
        <translation>签名档期表：导出给分销商，或导入卖家发来的</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="134"/>
        <source>sign a published lot&apos;s sheet with a wallet account</source>
        <translation>用钱包账户为已发布的档期签署档期表</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="136"/>
        <source>verify and import a lot sheet</source>
        <translation>验证并导入档期表</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="140"/>
        <source>the same as: sheet export</source>
        <translation>同：sheet export</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="142"/>
        <source>the same as: sheet import</source>
        <translation>同：sheet import</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="149"/>
        <source>the signing account (default: the only one)</source>
        <translation>签名账户（默认：唯一的账户）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="151"/>
        <source>a sheet for this distributor alone (its account address)</source>
        <translation>只给这位分销商的档期表（其账户地址）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/lots.py" line="154"/>
        <source>with --for: units of an item set aside for that distributor (repeat; items not named get none)</source>
        <translation>与 --for 一起用：为该分销商预留的商品件数（可重复；未列出的商品不预留）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/offline_orders.py" line="19"/>
        <source>record a sale paid outside the escrow</source>
        <translation>记录一笔在托管之外付款的销售</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/offline_orders.py" line="21"/>
        <source>the lot the goods are from</source>
        <translation>货品所属的档期</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/offline_orders.py" line="23"/>
        <source>the item, as `lots show` prints it (A01/黑色/XL)</source>
        <translation>商品，写法同 `lots show` 的显示（A01/黑色/XL）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/offline_orders.py" line="25"/>
        <source>units sold (default 1)</source>
        <translation>卖出件数（默认 1）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/offline_orders.py" line="27"/>
        <source>the price of one unit in 元, e.g. 159 or ¥159.00</source>
        <translation>单价，单位元，例如 159 或 ￥159.00</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/offline_orders.py" line="29"/>
        <source>how the customer pays</source>
        <translation>客户的付款方式</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/offline_orders.py" line="34"/>
        <source>the money has not arrived yet: hold the stock until `orders paid`</source>
        <translation>钱还没到账：先保留库存，直到 `orders paid`</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/offline_orders.py" line="44"/>
        <source>list the orders paid outside the escrow</source>
        <translation>列出在托管之外付款的订单</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/offline_orders.py" line="50"/>
        <source>the money of an unpaid offline order arrived</source>
        <translation>未付款线下订单的钱已到账</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/offline_orders.py" line="51"/>
        <source>cancel an offline order, or refund a paid one (its stock comes back)</source>
        <translation>取消线下订单，或给已付款的订单退款（库存会退回）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/offline_orders.py" line="55"/>
        <location filename="../../desktop/commands/parsers/offline_orders.py" line="91"/>
        <location filename="../../desktop/commands/parsers/offline_orders.py" line="103"/>
        <source>the offline order number, e.g. X-3</source>
        <translation>线下订单号，例如 X-3</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/offline_orders.py" line="58"/>
        <source>how the money came (default: as recorded)</source>
        <translation>钱是怎么到的（默认：按记录的方式）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/offline_orders.py" line="65"/>
        <source>customers of the offline orders and the escrow orders whose delivery details name them</source>
        <translation>线下订单的客户，以及收货信息写明了他们的托管订单的客户</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/offline_orders.py" line="76"/>
        <source>add the order code a buyer sent after paying the store&apos;s WeChat Pay or Alipay QR (an unpaid order)</source>
        <translation>添加买家扫店铺微信支付或支付宝收款码付款后发来的订单码（未付款订单）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/offline_orders.py" line="80"/>
        <source>the code (ZLD1-…), or - to read it from stdin</source>
        <translation>订单码（ZLD1-…），或用 - 从标准输入读取</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/offline_orders.py" line="82"/>
        <source>read the code from a picture of its QR instead (a screenshot)</source>
        <translation>改从订单码二维码的图片（截图）读取</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/offline_orders.py" line="89"/>
        <source>record that a paid offline order was sent</source>
        <translation>记录已付款的线下订单已发出</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/offline_orders.py" line="93"/>
        <location filename="../../desktop/commands/parsers/orders.py" line="41"/>
        <source>e.g. 顺丰速运</source>
        <translation>例如 顺丰速运</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/offline_orders.py" line="95"/>
        <location filename="../../desktop/commands/parsers/orders.py" line="43"/>
        <source>the tracking number</source>
        <translation>快递单号</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/offline_orders.py" line="101"/>
        <source>record that a shipped offline order arrived</source>
        <translation>记录已发货的线下订单已送达</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/orders.py" line="14"/>
        <source>orders paid into the escrow</source>
        <translation>付款到托管的订单</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/orders.py" line="17"/>
        <source>list the orders, newest first (run `sync` first)</source>
        <translation>列出订单，最新的在前（请先运行 `sync`）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/orders.py" line="26"/>
        <source>the order number, as `orders list` shows it (1-2)</source>
        <translation>订单号，同 `orders list` 的显示（1-2）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/orders.py" line="32"/>
        <source>co-sign orders and post the bond (several in one transaction)</source>
        <translation>接单：共同签署订单并缴纳保证金（多笔可在一笔交易中完成）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/orders.py" line="34"/>
        <source>return an order&apos;s money to the buyer: decline it before accepting, or the refund, reclaim or timeout its deadlines allow</source>
        <translation>把订单的钱退还买家：接单前拒单，或在期限允许时退款、取回或超时处理</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/orders.py" line="37"/>
        <source>mark an order shipped: the carrier and tracking number stay in the book and go on chain sealed for the buyer and the store</source>
        <translation>标记订单已发货：快递公司和单号记在账本里，并加密给买家和店铺后上链</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/orders.py" line="44"/>
        <source>take the payment of a shipped order the buyer did not confirm in time</source>
        <translation>收取买家未按时确认收货的已发货订单的货款</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/orders.py" line="46"/>
        <source>open a dispute: the offer&apos;s arbitrator rules a split</source>
        <translation>发起争议：由报价指定的仲裁人裁决如何分配</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/orders.py" line="51"/>
        <source>what happened, sealed to the arbitrator (only it can read it)</source>
        <translation>事情经过，加密给仲裁人（只有仲裁人能看）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/orders.py" line="53"/>
        <source>add your statement to an open dispute, sealed to the arbitrator</source>
        <translation>给进行中的争议补充你的陈述，加密给仲裁人</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/orders.py" line="56"/>
        <source>what happened; only the arbitrator can read it</source>
        <translation>事情经过；只有仲裁人能看</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/orders.py" line="57"/>
        <source>split what the escrow holds with the buyer&apos;s agreement: without --buyer-signature print the request the buyer signs</source>
        <translation>经买家同意分配托管中的款项：不带 --buyer-signature 时，显示需要买家签署的请求</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/orders.py" line="61"/>
        <source>the buyer&apos;s part in the token, e.g. 10.5; you get the rest</source>
        <translation>买家应得的代币数，例如 10.5；其余归你</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/orders.py" line="64"/>
        <source>the buyer&apos;s reply code (0x…, from the store&apos;s order page or their wallet&apos;s signature of the request): sign and submit</source>
        <translation>买家的回复码（0x…，来自店铺的订单页面，或其钱包对该请求的签名）：签署并提交</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/orders.py" line="69"/>
        <source>take out money the escrow keeps for you because the token refused to pay it (a blocked address, say)</source>
        <translation>提取托管合约为你保管的钱（因为代币拒绝支付给你，比如地址被封）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/orders.py" line="73"/>
        <source>the wallet account credited (default: the only account with a credit)</source>
        <translation>入账的钱包账户（默认：唯一有余额可取的账户）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/pickup.py" line="17"/>
        <source>pickup points where buyers collect orders in person</source>
        <translation>买家到店取货的自提门店</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/pickup.py" line="21"/>
        <source>add a pickup point to the store profile</source>
        <translation>给店铺资料添加一个自提门店</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/pickup.py" line="22"/>
        <source>e.g. 西湖店</source>
        <translation>例如 西湖店</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/pickup.py" line="24"/>
        <source>where the shop is</source>
        <translation>门店地址</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/pickup.py" line="26"/>
        <source>opening hours, e.g. 10:00-21:00</source>
        <translation>营业时间，例如 10:00-21:00</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/pickup.py" line="28"/>
        <source>the shop&apos;s phone</source>
        <translation>门店电话</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/pickup.py" line="32"/>
        <source>list the pickup points</source>
        <translation>列出自提门店</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/pickup.py" line="36"/>
        <source>remove a pickup point</source>
        <translation>删除一个自提门店</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/pickup.py" line="37"/>
        <source>the pickup point&apos;s name</source>
        <translation>自提门店的名称</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/pickup.py" line="43"/>
        <source>whether buyers get a listing delivered, collect it at a pickup point, or choose</source>
        <translation>商品是送货上门、到自提门店取货，还是让买家选</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/pickup.py" line="46"/>
        <source>the listing numbers (see storefront list)</source>
        <translation>商品编号（见 storefront list）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/pickup.py" line="54"/>
        <source>mark a pickup order ready: the escrow&apos;s ship step with carrier 自提 and a new pickup code</source>
        <translation>标记自提订单已备好：托管的发货步骤，快递公司为 自提，并生成新的提货码</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/pickup.py" line="57"/>
        <source>the order number, as `orders list` shows it</source>
        <translation>订单号，同 `orders list` 的显示</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/pickup.py" line="61"/>
        <source>look an order up at the counter: goods, pickup point, and whether the buyer confirmed receipt</source>
        <translation>在柜台查询订单：货品、自提门店，以及买家是否已确认收货</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/pickup.py" line="65"/>
        <source>the order number (1-2), or the text of the buyer&apos;s QR code</source>
        <translation>订单号（1-2），或买家二维码的文字</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/pickup.py" line="68"/>
        <source>read the buyer&apos;s QR code from a photo (as the counter&apos;s camera does)</source>
        <translation>从照片读取买家的二维码（和柜台摄像头一样）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/profile.py" line="15"/>
        <source>manage profiles</source>
        <translation>管理账套</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/profile.py" line="18"/>
        <source>list the profiles</source>
        <translation>列出账套</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/profile.py" line="23"/>
        <source>create a profile</source>
        <translation>新建账套</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/profile.py" line="26"/>
        <source>sell without a chain: payments by WeChat Pay and Alipay only, no wallet, no network (只用微信/支付宝收款)</source>
        <translation>不上链销售：只用微信支付和支付宝收款，不用钱包，不连网络</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/profile.py" line="29"/>
        <source>what the business does: sells its own lots (seller), others&apos; lots (distributor), or both; the window opens on the page it starts from</source>
        <translation>业务类型：卖自己的档期（seller）、卖别人的档期（distributor），或两者都有（both）；窗口据此决定打开哪一页</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/profile.py" line="34"/>
        <source>change a profile&apos;s settings</source>
        <translation>修改账套的设置</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/profile.py" line="36"/>
        <source>the profile (default: --profile, else the one in use)</source>
        <translation>账套（默认：--profile，否则当前使用的）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/profile.py" line="40"/>
        <source>sell without a chain: WeChat Pay and Alipay only, no wallet, no network</source>
        <translation>不上链销售：只用微信支付和支付宝，不用钱包，不连网络</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/profile.py" line="43"/>
        <source>sell through the escrow too</source>
        <translation>也通过担保合约销售</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/profile.py" line="45"/>
        <source>seller, distributor or both</source>
        <translation>seller、distributor 或 both</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/profile.py" line="49"/>
        <source>show a profile&apos;s book: path, size, schema</source>
        <translation>显示账套的账本：路径、大小、数据结构</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/profile.py" line="55"/>
        <source>rename a profile</source>
        <translation>重命名账套</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/profile.py" line="61"/>
        <source>back up a profile&apos;s book, keyring secrets and pictures into one password-encrypted file (safe while the app runs)</source>
        <translation>把账套的账本、钥匙串中的密钥和图片备份到一个加密文件（应用运行时也可以备份）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/profile.py" line="65"/>
        <source>the profile (default: --profile, else the only one) and a file, or a folder to put a dated file in</source>
        <translation>账套（默认：--profile，否则唯一的账套）和一个文件，或一个文件夹（在其中生成带日期的文件）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/profile.py" line="69"/>
        <location filename="../../desktop/commands/parsers/profile.py" line="83"/>
        <source>read the backup&apos;s password from stdin</source>
        <translation>从标准输入读取备份密码</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/profile.py" line="73"/>
        <source>make a profile from a backup file (book, keyring secrets and pictures)</source>
        <translation>从备份文件恢复出一个账套（账本、钥匙串中的密钥和图片）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/profile.py" line="77"/>
        <source>the restored profile&apos;s name (default: the one in the backup)</source>
        <translation>恢复后的账套名称（默认：备份里的名称）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/profile.py" line="80"/>
        <source>replace an existing profile (its book is kept as book.db.before-restore)</source>
        <translation>替换已有的账套（其账本保留为 book.db.before-restore）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/profile.py" line="87"/>
        <source>delete a profile: its folder and its keyring entries</source>
        <translation>删除账套：它的文件夹和钥匙串条目</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/profile.py" line="95"/>
        <source>delete the demo profile and make it afresh</source>
        <translation>删除演示账套并重新生成</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/profile.py" line="97"/>
        <source>the demo profile (the only one reset)</source>
        <translation>演示账套（只能重置它）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/sandbox.py" line="15"/>
        <source>play the buyer and the clock on the Sandbox (try it with --demo)</source>
        <translation>在沙盒里扮演买家、拨动时钟（可配合 --demo 试用）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/sandbox.py" line="20"/>
        <source>a simulated buyer pays a listing&apos;s signed offer; prints the order number</source>
        <translation>模拟买家为商品的已签署报价付款；显示订单号</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/sandbox.py" line="23"/>
        <source>the listing number (see storefront list; sign offers first)</source>
        <translation>商品编号（见 storefront list；请先签署报价）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/sandbox.py" line="26"/>
        <source>how many (default 1)</source>
        <translation>数量（默认 1）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/sandbox.py" line="28"/>
        <source>default: the first simulated buyer</source>
        <translation>默认：第一个模拟买家</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/sandbox.py" line="29"/>
        <source>delivery name (default: {value})</source>
        <translation>收货人姓名（默认：{value}）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/sandbox.py" line="30"/>
        <source>delivery phone (default: {value})</source>
        <translation>收货电话（默认：{value}）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/sandbox.py" line="31"/>
        <source>delivery address (default: {value})</source>
        <translation>收货地址（默认：{value}）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/sandbox.py" line="35"/>
        <source>collect the order at this pickup point instead of a delivery</source>
        <translation>到这个自提门店取货，而不是送货上门</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/sandbox.py" line="42"/>
        <source>the buyer confirms receipt: the seller is paid</source>
        <translation>买家确认收货：货款付给卖家</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/sandbox.py" line="43"/>
        <source>the buyer opens a dispute</source>
        <translation>买家发起争议</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/sandbox.py" line="44"/>
        <source>the buyer adds a statement to an open dispute</source>
        <translation>买家给进行中的争议补充陈述</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/sandbox.py" line="53"/>
        <source>the buyer&apos;s words, sealed to the arbitrator</source>
        <translation>买家的陈述，加密给仲裁人</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/sandbox.py" line="58"/>
        <source>the order&apos;s buyer signs a settlement and the signature is printed (for orders settle)</source>
        <translation>订单的买家签署和解分配，并显示签名（供 orders settle 使用）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/sandbox.py" line="62"/>
        <source>the buyer&apos;s part in the token, as given to orders settle</source>
        <translation>买家应得的代币数，与给 orders settle 的相同</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/sandbox.py" line="69"/>
        <source>move the Sandbox&apos;s clock forward, e.g. past a deadline</source>
        <translation>把沙盒的时钟往前拨，例如越过某个期限</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/sandbox.py" line="72"/>
        <source>days, fractions allowed (0.5 is 12 hours)</source>
        <translation>天数，可以带小数（0.5 即 12 小时）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="18"/>
        <source>your storefront: listings, share kit, site</source>
        <translation>你的小店：商品、分享素材、网站</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="23"/>
        <source>list the listings with price and whether buyers see them</source>
        <translation>列出商品，显示价格和买家能否看到</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="28"/>
        <source>only what buyers see now</source>
        <translation>只列买家现在能看到的</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="32"/>
        <source>put a published lot&apos;s items into the storefront at their suggested prices</source>
        <translation>把已发布档期的商品按建议零售价上架到小店</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="34"/>
        <source>the lot&apos;s title</source>
        <translation>档期名称</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="36"/>
        <source>only this item (style/color/size, as lots show prints it); repeatable</source>
        <translation>只上架这个商品（款式/颜色/尺码，同 lots show 的显示）；可重复</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="42"/>
        <source>take a listing out of the storefront</source>
        <translation>从小店下架一个商品</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="44"/>
        <location filename="../../desktop/commands/parsers/storefront.py" line="51"/>
        <location filename="../../desktop/commands/parsers/storefront.py" line="153"/>
        <source>the listing number (see storefront list)</source>
        <translation>商品编号（见 storefront list）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="48"/>
        <source>set a listing&apos;s price, within the supplier&apos;s rules</source>
        <translation>在供货商的规则内设置商品价格</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="52"/>
        <source>the price in 元, e.g. 159 or ¥159.00</source>
        <translation>价格，单位元，例如 159 或 ￥159.00</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="56"/>
        <source>show the store profile, or change its fields</source>
        <translation>显示店铺资料，或修改其中的项目</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="58"/>
        <source>the store&apos;s name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="59"/>
        <source>the store&apos;s web address (http:// or https://)</source>
        <translation>店铺网址（http:// 或 https://）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="60"/>
        <source>the notice buyers read on the front page</source>
        <translation>买家在首页看到的公告</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="61"/>
        <source>the store&apos;s WeChat ID</source>
        <translation>店铺的微信号</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="62"/>
        <source>the store&apos;s phone</source>
        <translation>店铺电话</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="63"/>
        <source>a picture file (PNG, JPEG, WebP) for the avatar; &quot;&quot; removes it</source>
        <translation>头像图片文件（PNG、JPEG、WebP）；&quot;&quot; 表示删除头像</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="72"/>
        <source>the arbitrator the store&apos;s offers name: show, set from a card, or clear</source>
        <translation>店铺报价指定的仲裁人：查看、凭名片设置，或清除</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="76"/>
        <source>show the store&apos;s arbitrator and its fee</source>
        <translation>显示店铺的仲裁人及其费用</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="81"/>
        <source>name the arbitrator of a card file (arbitration card)</source>
        <translation>指定名片文件中的仲裁人（arbitration card）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="83"/>
        <source>the arbitrator&apos;s card file</source>
        <translation>仲裁人的名片文件</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="85"/>
        <source>its fee per disputed order, in the store&apos;s currency (at most 20%% of a listing&apos;s price)</source>
        <translation>每笔争议订单的仲裁费，以店铺币种计（不超过商品价格的 20%%）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="91"/>
        <source>name no arbitrator: disputes can only time out</source>
        <translation>不指定仲裁人：争议只能等超时</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="97"/>
        <source>sign escrow offers for the live listings so buyers can pay</source>
        <translation>为在售商品签署担保报价，买家才能付款</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="100"/>
        <source>the wallet account that sells (default: the store&apos;s payout account, else the only account)</source>
        <translation>卖货的钱包账户（默认：店铺的收款账户，否则唯一的账户）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="103"/>
        <location filename="../../desktop/commands/parsers/storefront.py" line="129"/>
        <source>default: the store&apos;s payout network, else the profile&apos;s network</source>
        <translation>默认：店铺的收款网络，否则账套的网络</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="106"/>
        <source>needed when the token is not pegged to the store&apos;s currency: what 1 unit of the token&apos;s currency is worth in the store&apos;s, e.g. 7.12 (1 USD = 7.12 CNY); amounts are rounded up to the token&apos;s smallest unit</source>
        <translation>代币不与店铺币种挂钩时需要：1 个代币计价货币单位值多少店铺币种，例如 7.12（1 USD = 7.12 CNY）；金额向上取整到代币的最小单位</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="118"/>
        <source>signed offers that no longer hold (lot closed, price changed, stock short, listing removed)</source>
        <translation>已签署但失效的报价（档期已关闭、价格已改、库存不足、商品已下架）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="126"/>
        <source>revoke every offer that no longer holds on chain, in one transaction</source>
        <translation>在一笔交易中撤销链上所有失效的报价</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="132"/>
        <source>pay the network fee without asking (needed with --password-stdin)</source>
        <translation>不询问直接支付网络手续费（与 --password-stdin 一起用时必须加）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="141"/>
        <source>export the static storefront site to a folder (with the offers signed last, its checkout takes payment)</source>
        <translation>把静态小店网站导出到文件夹（带上最近签署的报价，网站即可收款）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="145"/>
        <source>an empty folder, or an earlier export to replace</source>
        <translation>一个空文件夹，或之前导出的、要替换的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="151"/>
        <source>draw a listing&apos;s 750x1334 share poster (PNG)</source>
        <translation>绘制商品的 750x1334 分享海报（PNG）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="154"/>
        <source>FILE.png</source>
        <translation>要保存的 FILE.png</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="158"/>
        <source>the text to paste into a chat, for the store or one listing</source>
        <translation>复制到聊天里的文字，分享整个店铺或一个商品</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="161"/>
        <source>the listing number (default: the store)</source>
        <translation>商品编号（默认：整个店铺）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="167"/>
        <source>write the printable A4 catalog (PDF)</source>
        <translation>生成可打印的 A4 商品目录（PDF）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="168"/>
        <source>FILE.pdf</source>
        <translation>要保存的 FILE.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="177"/>
        <source>the store&apos;s WeChat Pay and Alipay payment QR codes, for buyers who pay without a chain</source>
        <translation>店铺的微信支付和支付宝收款二维码，供不上链付款的买家使用</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="182"/>
        <source>read a payment QR code from a picture and keep it (only a payment code of that kind is taken)</source>
        <translation>从图片读取收款二维码并保存（只接受该类型的收款码）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="187"/>
        <source>a picture of the QR code</source>
        <translation>二维码图片</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="189"/>
        <source>list the store&apos;s payment codes</source>
        <translation>列出店铺的收款码</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="194"/>
        <source>forget the store&apos;s payment code of a kind</source>
        <translation>删除店铺某一类型的收款码</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/storefront.py" line="196"/>
        <source>wechat or alipay</source>
        <translation>wechat 或 alipay</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/sync.py" line="13"/>
        <source>read new escrow events and update the orders</source>
        <translation>读取新的托管事件并更新订单</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/sync.py" line="16"/>
        <location filename="../../desktop/commands/parsers/wallet.py" line="56"/>
        <location filename="../../desktop/commands/parsers/wallet.py" line="90"/>
        <location filename="../../desktop/commands/parsers/wallet.py" line="104"/>
        <source>network name (default: the profile&apos;s)</source>
        <translation>网络名称（默认：账套的网络）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/sync.py" line="18"/>
        <source>print the summary as JSON</source>
        <translation>以 JSON 输出摘要</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="15"/>
        <source>accounts, balances and transfers</source>
        <translation>账户、余额和转账</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="19"/>
        <source>create an account from a new recovery phrase</source>
        <translation>用新的助记词创建账户</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="23"/>
        <source>word list</source>
        <translation>助记词词表</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="30"/>
        <source>import an account from a phrase, a private key or a keystore file</source>
        <translation>从助记词、私钥或密钥文件导入账户</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="35"/>
        <source>a recovery phrase (asked, or the first stdin line)</source>
        <translation>助记词（会询问，或读取标准输入的第一行）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="38"/>
        <source>a raw private key (asked, or the first stdin line)</source>
        <translation>原始私钥（会询问，或读取标准输入的第一行）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="41"/>
        <source>a keystore JSON file</source>
        <translation>JSON 密钥文件（keystore）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="43"/>
        <source>account number within the phrase</source>
        <translation>助记词下的账户序号</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="45"/>
        <source>read the secret (if any) and then the password from stdin, one per line</source>
        <translation>从标准输入依次读取密钥（如有）和密码，每行一个</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="50"/>
        <source>list the accounts</source>
        <translation>列出账户</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="54"/>
        <source>show balances on a network</source>
        <translation>显示某个网络上的余额</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="55"/>
        <source>an account (default: all)</source>
        <translation>一个账户（默认：全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="61"/>
        <source>test money for an account, on the Sandbox only</source>
        <translation>给账户领测试币，仅限沙盒</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="67"/>
        <source>send tokens (or the native coin) to an address</source>
        <translation>把代币（或原生币）转到一个地址</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="69"/>
        <source>the sending account</source>
        <translation>转出的账户</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="72"/>
        <source>in whole units, e.g. 12.50</source>
        <translation>按整单位计，例如 12.50</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="74"/>
        <source>send the native coin instead of the token</source>
        <translation>转原生币而不是代币</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="79"/>
        <source>send even though the same transfer is pending or was confirmed within the hour</source>
        <translation>即使同样的转账正在等待或一小时内已确认，也照样发送</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="82"/>
        <source>do not wait for the transfer to be mined</source>
        <translation>不等待转账上链</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="88"/>
        <source>the transactions sent, brought up to date with the network</source>
        <translation>已发送的交易，按网络的最新状态更新</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="96"/>
        <source>send a pending transaction again with a higher fee</source>
        <translation>用更高的手续费重新发送一笔待确认的交易</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="98"/>
        <source>replace a pending transaction with one that does nothing</source>
        <translation>用一笔什么也不做的交易替换一笔待确认的交易</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="101"/>
        <source>the transaction&apos;s hash (as `wallet journal` lists it)</source>
        <translation>交易哈希（同 `wallet journal` 的显示）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="111"/>
        <source>list the networks and their state</source>
        <translation>列出网络及其状态</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="115"/>
        <source>add a network by its RPC URL</source>
        <translation>按 RPC 地址添加网络</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="118"/>
        <source>read the RPC URL from stdin (for URLs carrying an API key)</source>
        <translation>从标准输入读取 RPC 地址（适用于含 API 密钥的地址）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="120"/>
        <source>an RPC URL without secrets</source>
        <translation>不含密钥的 RPC 地址</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="122"/>
        <source>the chain id the node must serve</source>
        <translation>节点必须服务的链 ID</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="123"/>
        <source>the stablecoin&apos;s address</source>
        <translation>稳定币的合约地址</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="124"/>
        <source>the escrow contract&apos;s address</source>
        <translation>担保合约的地址</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="127"/>
        <source>choose the profile&apos;s network</source>
        <translation>选择账套使用的网络</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="132"/>
        <source>forget an account (its keys leave the keyring)</source>
        <translation>移除一个账户（其密钥会从钥匙串中删除）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="133"/>
        <source>the account&apos;s address or label</source>
        <translation>账户的地址或名称</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/parsers/wallet.py" line="137"/>
        <source>even if its new phrase was never backed up</source>
        <translation>即使它的新助记词从未备份过</translation>
    </message>
</context>
<context>
    <name>cli.lots</name>
    <message>
        <location filename="../../desktop/commands/lots.py" line="55"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="61"/>
        <source>the lot was closed</source>
        <translation>该档期已结束</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="63"/>
        <source>{sku}: new item, {units} units</source>
        <translation>{sku}：新商品，{units} 件</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="66"/>
        <source>{sku}: withdrawn ({units} units before)</source>
        <translation>{sku}：已撤下（原有 {units} 件）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="68"/>
        <source>{what} {old} -&gt; {new}</source>
        <translation>{what} {old} -&gt; {new}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="75"/>
        <source>ends at</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="76"/>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="77"/>
        <source>suggested price</source>
        <translation>建议零售价</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="78"/>
        <source>supply price</source>
        <translation>供货价</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="79"/>
        <source>min price</source>
        <translation>最低价</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="80"/>
        <source>tag price</source>
        <translation>吊牌价</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="87"/>
        <source>a price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="89"/>
        <source>a number of units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="97"/>
        <source>{lot} is now at revision {revision}:</source>
        <translation>{lot} 现为第 {revision} 版：</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="114"/>
        <source>revision {revision} ({at}):</source>
        <translation>第 {revision} 版（{at}）：</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="141"/>
        <source>{lot}	{status}	{starts} – {ends}	{items} SKUs	{sold}/{quantity} sold ({rate})</source>
        <translation>{lot}	{status}	{starts} – {ends}	{items} 个 SKU	已售 {sold}/{quantity}（{rate}）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="169"/>
        <source>{lot} ({status}), supplier {supplier}, {starts} – {ends}, {currency}</source>
        <translation>{lot}（{status}），供货商 {supplier}，{starts} – {ends}，{currency}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="178"/>
        <source>{sku}	{name}	{quantity}	supply {supply}	suggested {suggested}	min {min}</source>
        <translation>{sku}	{name}	{quantity}	供货价 {supply}	建议价 {suggested}	最低价 {min}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="200"/>
        <source>row {row}, {column}: {reason}</source>
        <translation>第 {row} 行，{column}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="203"/>
        <source>imported {count} items into {lot}; {rows} rows left out</source>
        <translation>已将 {count} 件商品导入 {lot}；{rows} 行未导入</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="206"/>
        <source>imported {count} items into {lot}</source>
        <translation>已将 {count} 件商品导入 {lot}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="209"/>
        <source>the problems of the first {count} rejected rows are listed</source>
        <translation>仅列出前 {count} 个被拒行的问题</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="212"/>
        <source>no row is valid</source>
        <translation>没有一行有效</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="213"/>
        <source>use --accept-valid to import the valid rows</source>
        <translation>用 --accept-valid 导入有效的行</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="214"/>
        <source>{rows} rows were rejected; nothing was imported ({hint})</source>
        <translation>{rows} 行被拒；未导入任何内容（{hint}）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="225"/>
        <source>created draft lot {lot}</source>
        <translation>已创建草稿档期 {lot}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="232"/>
        <source>{lot}: {starts} – {ends}</source>
        <translation>{lot}：{starts} – {ends}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="239"/>
        <source>{lot} is {status}</source>
        <translation>{lot}：{status}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="252"/>
        <source>wrote {count} rows to {file}</source>
        <translation>已将 {count} 行写入 {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="264"/>
        <source>{lot}: no distributor has sold its goods on chain</source>
        <translation>{lot}：还没有分销商在链上卖出其货品</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="267"/>
        <source>no allotment</source>
        <translation>无配额</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="268"/>
        <source>allotted {allotted}, unsold {unsold}</source>
        <translation>配额 {allotted}，未售 {unsold}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="270"/>
        <source>{distributor}: sold {sold}, held {held}, refunded {refunded}, {allotted}, paid on chain {paid}; orders {orders}</source>
        <translation>{distributor}：已售 {sold}，托管中 {held}，已退款 {refunded}，{allotted}，链上已付 {paid}；订单 {orders}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="275"/>
        <source>Offline sales are not on chain: each distributor&apos;s own sell-through export lists them, owed at supply price.</source>
        <translation>线下销售不在链上：各分销商自己导出的动销表会列出，按供货价结算应付。</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="279"/>
        <source>{sku} {name}: sold offline {sold}, unpaid {unpaid}, owed {owed}</source>
        <translation>{sku} {name}：线下已售 {sold}，未付 {unpaid}，应付 {owed}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="282"/>
        <source>owed to the supplier for offline sales: {owed}</source>
        <translation>线下销售应付供货商：{owed}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="284"/>
        <source>Sales on chain paid the supplier in the escrow.</source>
        <translation>链上销售已在托管合约中付给供货商。</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="298"/>
        <source>imported {lot} (revision {revision}) signed by {seller}: {added} added, {updated} updated, {withdrawn} withdrawn</source>
        <translation>已导入 {lot}（第 {revision} 版，{seller} 签名）：新增 {added}，更新 {updated}，撤下 {withdrawn}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="301"/>
        <source>updated {lot} (revision {revision}) signed by {seller}: {added} added, {updated} updated, {withdrawn} withdrawn</source>
        <translation>已更新 {lot}（第 {revision} 版，{seller} 签名）：新增 {added}，更新 {updated}，撤下 {withdrawn}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="309"/>
        <source>{sku}: the picture “{picture}” is not a picture the sheet carries; the item was imported without it</source>
        <translation>{sku}：图片“{picture}”不在货单所带的图片中；该商品已导入，但没有图片</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="336"/>
        <source>an allotment</source>
        <translation>配额</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/lots.py" line="341"/>
        <source>wrote the sheet of {lot} (revision {revision}, {count} items) signed by {seller} to {file}</source>
        <translation>已将 {lot} 的货单（第 {revision} 版，{count} 件商品，{seller} 签名）写入 {file}</translation>
    </message>
</context>
<context>
    <name>cli.offline_orders</name>
    <message>
        <location filename="../../desktop/commands/offline_orders.py" line="54"/>
        <source>recorded {order}: {quantity} x {goods} ({sku}), {total}, {state}</source>
        <translation>已记录 {order}：{quantity} × {goods}（{sku}），{total}，{state}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/offline_orders.py" line="88"/>
        <source>{order} is now {state}</source>
        <translation>{order} 现在{state}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/offline_orders.py" line="104"/>
        <source>added {order}: {quantity} x {goods} ({sku}), {total} to collect from {customer}, unpaid; its stock is held until {due}</source>
        <translation>已添加 {order}：{quantity} × {goods}（{sku}），向 {customer} 收款 {total}，尚未付款；库存保留到 {due}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/offline_orders.py" line="113"/>
        <source>pending</source>
        <translation>待付款</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/offline_orders.py" line="114"/>
        <source>paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/offline_orders.py" line="115"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/offline_orders.py" line="116"/>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/offline_orders.py" line="117"/>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
</context>
<context>
    <name>cli.orders</name>
    <message>
        <location filename="../../desktop/commands/orders.py" line="29"/>
        <source>Open a dispute on order {escrow}? The arbitrator named in the offer will rule a split and takes its stated fee; if it stays silent, the price goes back to the buyer, and the bond to you only if you had marked the order shipped.</source>
        <translation>要对订单 {escrow} 申请仲裁吗？报价中指定的仲裁人将裁决如何分配，并收取其声明的费用；如果仲裁人不作裁决，货款退回买家，只有你已标记发货时保证金才退给你。</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/orders.py" line="33"/>
        <source>Open a dispute on order {escrow}? No arbitrator: a dispute can only time out. When the arbitration deadline passes the price goes back to the buyer, and the bond to you only if you had marked the order shipped.</source>
        <translation>要对订单 {escrow} 申请仲裁吗？没有仲裁人：争议只能等到超时处理。仲裁期限过后，货款退回买家；只有你已标记发货时，保证金才退给你。</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/orders.py" line="37"/>
        <source>ORDER</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/orders.py" line="37"/>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/orders.py" line="38"/>
        <source>DEADLINE</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/orders.py" line="38"/>
        <source>QTY</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/orders.py" line="39"/>
        <source>GOODS</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/orders.py" line="39"/>
        <source>PRICE</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/orders.py" line="40"/>
        <source>BUYER</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/orders.py" line="128"/>
        <source>Password of the seller account {account}: </source>
        <translation>卖家账户 {account} 的密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/orders.py" line="182"/>
        <source>the bond each order&apos;s offer states</source>
        <translation>各订单报价中规定的保证金</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/orders.py" line="183"/>
        <source>Accepting orders {numbers} posts your bond of {bond}; it comes back to you when the order is paid out, and the buyer takes it with the price if you do not mark the order shipped by its ship deadline.</source>
        <translation>接单 {numbers} 需缴纳保证金 {bond}；订单结款时保证金退还给你；如果你未在发货期限前标记发货，买家将连同货款一并取走保证金。</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/orders.py" line="267"/>
        <source>{buyer} to the buyer, {seller} to you</source>
        <translation>买家得 {buyer}，你得 {seller}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/orders.py" line="287"/>
        <source>Settlement of order {number}: {split}. Send the buyer this link: {link} (or the code {code}, to paste on the store&apos;s order page); they sign it there, or sign this request in their wallet (eth_signTypedData_v4), and send back a reply code. Then run this command again with --buyer-signature CODE.</source>
        <translation>订单 {number} 的协商结算：{split}。把这个链接发给买家：{link}（或发送代码 {code}，让买家粘贴到店铺的订单页面）；买家在那里签名，或在自己的钱包中签署这份请求（eth_signTypedData_v4），然后发回一个回复代码。之后带上 --buyer-signature CODE 再次运行本命令。</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/orders.py" line="330"/>
        <source>nothing is waiting in the escrow for {account}</source>
        <translation>托管合约中没有等待 {account} 提取的款项</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/orders.py" line="332"/>
        <source>nothing is waiting in the escrow for the profile&apos;s accounts</source>
        <translation>托管合约中没有等待本账套账户提取的款项</translation>
    </message>
</context>
<context>
    <name>cli.pickup</name>
    <message>
        <location filename="../../desktop/commands/pickup.py" line="24"/>
        <source>added the pickup point {name}</source>
        <translation>已添加自提门店 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/pickup.py" line="43"/>
        <source>removed the pickup point {name}</source>
        <translation>已删除自提门店 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/pickup.py" line="49"/>
        <source>delivered only</source>
        <translation>只发快递</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/pickup.py" line="50"/>
        <source>collected in the shop only</source>
        <translation>只到店自提</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/pickup.py" line="51"/>
        <source>delivered or collected in the shop</source>
        <translation>快递或到店自提</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/pickup.py" line="53"/>
        <source>listing {listing}: {way}</source>
        <translation>商品 {listing}：{way}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/pickup.py" line="93"/>
        <source>the buyer confirmed receipt</source>
        <translation>买家已确认收货</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/pickup.py" line="94"/>
        <source>not confirmed yet</source>
        <translation>尚未确认收货</translation>
    </message>
</context>
<context>
    <name>cli.profile</name>
    <message>
        <location filename="../../desktop/commands/profile.py" line="34"/>
        <source>created profile {name} as {role} at {folder}</source>
        <translation>已创建账套 {name}（角色：{role}），位于 {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/profile.py" line="36"/>
        <source>created profile {name} at {folder}</source>
        <translation>已创建账套 {name}，位于 {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/profile.py" line="39"/>
        <source>payments by WeChat Pay and Alipay only, no chain</source>
        <translation>只用微信支付和支付宝收款，不上链</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/profile.py" line="45"/>
        <source>say what to change: --no-chain, --chain or --role</source>
        <translation>请说明要改什么：--no-chain、--chain 或 --role</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/profile.py" line="54"/>
        <source>{name}&apos;s role is now {role}</source>
        <translation>{name} 的角色现在是 {role}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/profile.py" line="59"/>
        <source>{name} now sells without a chain (WeChat Pay and Alipay only)</source>
        <translation>{name} 现在不上链销售（只用微信支付和支付宝）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/profile.py" line="61"/>
        <source>{name} now sells through the escrow too</source>
        <translation>{name} 现在也通过担保合约销售</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/profile.py" line="93"/>
        <source>write-ahead log (WAL), as the app keeps it</source>
        <translation>预写日志（WAL），与程序的设置一致</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/profile.py" line="94"/>
        <source>none: WeChat Pay and Alipay only</source>
        <translation>不用区块链：只用微信/支付宝收款</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/profile.py" line="95"/>
        <source>sells through the escrow too</source>
        <translation>也通过担保交易收款</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/profile.py" line="97"/>
        <source>Profile: {name}</source>
        <translation>账套：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/profile.py" line="98"/>
        <source>Book: {path}</source>
        <translation>账本：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/profile.py" line="99"/>
        <source>Size: {size}</source>
        <translation>大小：{size}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/profile.py" line="100"/>
        <source>Journal: {mode}</source>
        <translation>日志模式：{mode}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/profile.py" line="101"/>
        <source>Role: {role}</source>
        <translation>角色：{role}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/profile.py" line="102"/>
        <source>Chain: {chain}</source>
        <translation>区块链：{chain}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/profile.py" line="103"/>
        <source>Book structure (steps applied):</source>
        <translation>账本结构（已完成的迁移步骤）：</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/profile.py" line="106"/>
        <source>  {part}: {count} steps, the latest {step}</source>
        <translation>  {part}：{count} 步，最新为 {step}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/profile.py" line="117"/>
        <source>renamed to {name}</source>
        <translation>已改名为 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/profile.py" line="130"/>
        <source>give at most a profile name and a file</source>
        <translation>最多给出一个账套名和一个文件</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/profile.py" line="134"/>
        <source>Password for the backup: </source>
        <translation>备份的密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/profile.py" line="136"/>
        <source>backed up {name} to {file}</source>
        <translation>已将 {name} 备份到 {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/profile.py" line="143"/>
        <source>Password of the backup: </source>
        <translation>备份文件的密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/profile.py" line="145"/>
        <source>restored {name} from {file}</source>
        <translation>已从 {file} 恢复 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/profile.py" line="152"/>
        <source>Delete the profile {name}, its book and its keys? This cannot be undone.</source>
        <translation>删除账套“{name}”及其账本和密钥？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/profile.py" line="157"/>
        <source>deleted profile {name}</source>
        <translation>已删除账套 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/profile.py" line="163"/>
        <source>made the demo profile afresh at {folder}</source>
        <translation>已在 {folder} 重新生成演示账套</translation>
    </message>
</context>
<context>
    <name>cli.sandbox</name>
    <message>
        <location filename="../../desktop/commands/sandbox.py" line="87"/>
        <source>the Sandbox&apos;s clock is now {time}</source>
        <translation>沙盒的时钟现在是 {time}</translation>
    </message>
</context>
<context>
    <name>cli.storefront</name>
    <message>
        <location filename="../../desktop/commands/storefront.py" line="22"/>
        <source>kept the store&apos;s {kind} payment code ({text})</source>
        <translation>已保存店铺的 {kind} 收款码（{text}）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/storefront.py" line="34"/>
        <source>the store has no payment codes; add one with `storefront payment add --kind wechat FILE`</source>
        <translation>店铺还没有收款码；用 `storefront payment add --kind wechat FILE` 添加一个</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/storefront.py" line="43"/>
        <source>removed the store&apos;s {kind} payment code</source>
        <translation>已删除店铺的 {kind} 收款码</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/storefront.py" line="79"/>
        <source>put {count} items of {lot} into the storefront</source>
        <translation>已将档期 {lot} 的 {count} 个商品加入店铺</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/storefront.py" line="82"/>
        <source>items already listed, or without a price within the supplier&apos;s rules, were left out</source>
        <translation>已上架的商品，以及没有符合供货方规则的价格的商品，未加入</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/storefront.py" line="98"/>
        <source>took listing {id} ({name}, {variant}) out of the storefront; its lot item stays</source>
        <translation>已将商品 {id}（{name}，{variant}）从店铺下架；档期里的货品仍保留</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/storefront.py" line="105"/>
        <source>listing {id} ({name}, {variant}) now sells at {price}</source>
        <translation>商品 {id}（{name}，{variant}）现在售价 {price}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/storefront.py" line="126"/>
        <source>saved the store profile ({fields} changed)</source>
        <translation>已保存店铺资料（改动：{fields}）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/storefront.py" line="167"/>
        <source>signed {count} offers as {seller} on {network}; {payable} listings can be paid in {symbol}.</source>
        <translation>已以 {seller} 在 {network} 上签署 {count} 个报价；{payable} 个商品可以用 {symbol} 支付。</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/storefront.py" line="172"/>
        <source>rate: 1 {token} = {value} {currency} ({date})</source>
        <translation>汇率：1 {token} = {value} {currency}（{date}）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/storefront.py" line="174"/>
        <source>Export the site again (storefront site DIR) to publish them.</source>
        <translation>请重新导出网站（storefront site DIR）以发布它们。</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/storefront.py" line="192"/>
        <source>arbitrator {account} ({contact}), fee {fee} per disputed order; sign offers again for them to name it</source>
        <translation>仲裁人 {account}（{contact}），每笔争议订单收费 {fee}；请重新签署报价，让报价写明这位仲裁人</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/storefront.py" line="194"/>
        <source>no contact</source>
        <translation>无联系方式</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/storefront.py" line="229"/>
        <source>every signed offer still holds</source>
        <translation>所有已签署的报价仍然有效</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/storefront.py" line="247"/>
        <source>every signed offer still holds; nothing to revoke</source>
        <translation>所有已签署的报价仍然有效；没有要撤销的</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/storefront.py" line="249"/>
        <source>about {fee} (at most {max_fee})</source>
        <translation>约 {fee}（最多 {max_fee}）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/storefront.py" line="256"/>
        <source>Revoke {count} offers on {network} for a network fee of {cost}?</source>
        <translation>在 {network} 上撤销 {count} 个报价，网络手续费 {cost}，确定吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/storefront.py" line="260"/>
        <source>nothing was sent</source>
        <translation>什么也没有发送</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/storefront.py" line="288"/>
        <source>note: </source>
        <translation>注意：</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/storefront.py" line="295"/>
        <source>wrote {products} products ({variants} variants, {pictures} pictures, {payable} payable) to {folder}; open index.html</source>
        <translation>已将 {products} 个商品（{variants} 个款式，{pictures} 张图片，{payable} 个可付款）写入 {folder}；请打开 index.html</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/storefront.py" line="300"/>
        <source>buyers can also pay by the store&apos;s {count} payment QR codes and send you the order code (orders add-code CODE)</source>
        <translation>买家也可以用店铺的 {count} 个收款二维码付款，再把订单码发给你（orders add-code CODE）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/storefront_drawings.py" line="19"/>
        <source>wrote {file}</source>
        <translation>已写入 {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/storefront_drawings.py" line="27"/>
        <source>wrote {products} products on {pages} pages to {file}</source>
        <translation>已将 {products} 个商品分 {pages} 页写入 {file}</translation>
    </message>
</context>
<context>
    <name>cli.sync</name>
    <message>
        <location filename="../../desktop/commands/sync.py" line="17"/>
        <source>{step} ({done}/{total} blocks)</source>
        <translation>{step}（{done}/{total} 个区块）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/sync.py" line="24"/>
        <source>{network}: blocks {first}-{last}, {events} new events, {orders} orders changed</source>
        <translation>{network}：区块 {first}-{last}，{events} 个新事件，{orders} 个订单有变化</translation>
    </message>
</context>
<context>
    <name>cli.wallet</name>
    <message>
        <location filename="../../desktop/commands/wallet.py" line="55"/>
        <source>Password for the new account: </source>
        <translation>新账户的密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/wallet.py" line="56"/>
        <location filename="../../desktop/commands/wallet.py" line="85"/>
        <location filename="../../desktop/commands/wallet.py" line="91"/>
        <source>a password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/wallet.py" line="64"/>
        <source>Write the phrase down now; it is not shown again without the password. The account counts as backed up once you confirm it in the app.</source>
        <translation>请现在抄下助记词；没有密码就不会再显示。在应用里确认后，这个账户才算已备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/wallet.py" line="78"/>
        <source>Password of the keystore file: </source>
        <translation>密钥文件的密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/wallet.py" line="79"/>
        <source>the keystore&apos;s password</source>
        <translation>密钥文件的密码</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/wallet.py" line="82"/>
        <source>Recovery phrase: </source>
        <translation>助记词：</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/wallet.py" line="83"/>
        <source>the recovery phrase</source>
        <translation>助记词</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/wallet.py" line="84"/>
        <location filename="../../desktop/commands/wallet.py" line="90"/>
        <source>Password for the account: </source>
        <translation>账户的密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/wallet.py" line="88"/>
        <source>Private key: </source>
        <translation>私钥：</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/wallet.py" line="89"/>
        <source>the private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/wallet.py" line="140"/>
        <source>{account} got {coins} and {tokens} of test money (Sandbox only)</source>
        <translation>{account} 收到测试币 {coins} 和 {tokens}（仅限沙盒）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/wallet.py" line="159"/>
        <source>Send {amount} to {recipient} on {network}; network fee about {fee} (at most {max_fee}).</source>
        <translation>在 {network} 上向 {recipient} 转 {amount}；网络手续费约 {fee}（最多 {max_fee}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/wallet.py" line="164"/>
        <location filename="../../desktop/commands/wallet.py" line="203"/>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/wallet.py" line="164"/>
        <location filename="../../desktop/commands/wallet.py" line="203"/>
        <source>the password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/wallet.py" line="165"/>
        <source>Send?</source>
        <translation>发送吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/wallet.py" line="216"/>
        <source>Send it again with a higher fee?</source>
        <translation>用更高的手续费重新发送吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/wallet.py" line="221"/>
        <source>Cancel it (a transfer of nothing to yourself takes its place)?</source>
        <translation>取消它吗（用一笔给自己的零金额转账代替它）？</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/wallet.py" line="228"/>
        <source>Remove {label} ({address}) and its keys?</source>
        <translation>删除 {label}（{address}）及其密钥吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/wallet.py" line="232"/>
        <source>removed {address}</source>
        <translation>已删除 {address}</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/wallet.py" line="267"/>
        <source>the RPC URL</source>
        <translation>RPC 地址</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/wallet.py" line="272"/>
        <source>added {network} ({url})</source>
        <translation>已添加 {network}（{url}）</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/wallet.py" line="279"/>
        <source>using {network}</source>
        <translation>正在使用 {network}</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="26"/>
        <location filename="../../desktop/ui/dialogs.py" line="30"/>
        <location filename="../../desktop/ui/dialogs.py" line="37"/>
        <location filename="../../desktop/ui/dialogs.py" line="54"/>
        <source>Ziliudi</source>
        <translation>自留地</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="43"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="112"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="138"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="143"/>
        <source>Receipt picture</source>
        <translation>收据图片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="144"/>
        <source>Pictures (*.jpg *.jpeg *.png *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="13"/>
        <source>no token</source>
        <translation>没有设定代币</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="14"/>
        <source>price must be positive</source>
        <translation>价格必须大于零</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="15"/>
        <source>an amount is too large</source>
        <translation>金额过大</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="16"/>
        <source>the quantity cap is out of range</source>
        <translation>数量上限超出范围</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="20"/>
        <source>more than 4 payees</source>
        <translation>收款方超过 4 个</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="21"/>
        <source>bad payee</source>
        <translation>收款方无效</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="22"/>
        <source>payees exceed the price</source>
        <translation>各收款方的金额合计超过售价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="23"/>
        <source>the seller cannot arbitrate</source>
        <translation>卖家不能担任仲裁人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="24"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="30"/>
        <source>The quantity is zero or more than one order may buy.</source>
        <extracomment>The contracts&apos; custom errors as sentences (wallet.contract_errors.SENTENCES), shown as the reason of &quot;This transaction would fail&quot; refusals.</extracomment>
        <translation>购买数量为零，或超过一单能买的数量。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="31"/>
        <source>The two parts do not add up to what the escrow holds.</source>
        <translation>两部分金额加起来与托管中的金额不符。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="32"/>
        <source>A statement is empty or longer than the escrow accepts (1,024 bytes).</source>
        <translation>陈述是空的，或超过了托管合约接受的长度（1024 字节）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="33"/>
        <source>The sealed tracking number is empty or longer than the escrow accepts (160 bytes).</source>
        <translation>加密的快递单号为空，或超过了托管合约接受的长度（160 字节）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="34"/>
        <source>The buyer cannot be the offer&apos;s arbitrator or one of its payees.</source>
        <translation>买家不能是报价的仲裁人或收款方之一。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="35"/>
        <source>The token takes a fee on transfers, which the escrow does not accept.</source>
        <translation>这种代币转账要扣手续费，托管合约不接受。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="36"/>
        <source>The offer breaks one of the escrow&apos;s rules (its amounts, windows, payees or arbitrator).</source>
        <translation>报价不符合托管合约的规则（金额、期限、收款方或仲裁人）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="37"/>
        <source>A signature does not match: it was not made by the right account for this offer or settlement, or the settlement was voided.</source>
        <translation>签名不符：不是由正确的账户为该报价或协商方案签署，或方案已作废。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="38"/>
        <source>The lists of orders and tracking numbers are not the same length.</source>
        <translation>订单列表和快递单号列表的数目不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="39"/>
        <source>Only the offer&apos;s arbitrator can rule on this order.</source>
        <translation>只有报价写明的仲裁人能裁决这笔订单。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="40"/>
        <source>Only the order&apos;s buyer can do this.</source>
        <translation>只有这笔订单的买家能这样操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="41"/>
        <source>Only the order&apos;s buyer or seller can do this.</source>
        <translation>只有这笔订单的买家或卖家能这样操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="42"/>
        <source>Only the order&apos;s seller can do this.</source>
        <translation>只有这笔订单的卖家能这样操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="43"/>
        <source>The escrow keeps nothing for this account to withdraw.</source>
        <translation>托管合约里没有这个账户可以取出的钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="44"/>
        <source>The offer has expired.</source>
        <translation>报价已过期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="45"/>
        <source>The offer is sold out: its quantity is used up.</source>
        <translation>报价已售罄：数量已用完。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="46"/>
        <source>The seller has revoked this offer.</source>
        <translation>卖家已撤回这个报价。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="47"/>
        <source>It is too early: the order&apos;s deadline has not passed yet.</source>
        <translation>还太早：订单的期限还没到。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="48"/>
        <source>It is too late: the order&apos;s deadline has passed.</source>
        <translation>太晚了：订单的期限已过。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="49"/>
        <source>The order&apos;s state does not allow this now; sync to see its latest state.</source>
        <translation>订单现在的状态不允许这样操作；请同步查看最新状态。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="50"/>
        <source>The escrow refused a call made from inside another of its calls.</source>
        <translation>托管合约拒绝了在另一次调用中途发起的调用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="51"/>
        <source>A number is too large for the escrow to store.</source>
        <translation>数额太大，托管合约无法存储。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="52"/>
        <source>The token refused the transfer; check the balance and what the escrow is allowed to take.</source>
        <translation>代币拒绝了这笔转账；请检查余额和托管合约的授权额度。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="53"/>
        <source>A name given to the contract cannot be read.</source>
        <translation>无法读取提供给合约的名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="54"/>
        <source>A name given to the contract is too long.</source>
        <translation>提供给合约的名称太长。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="55"/>
        <source>The signature is not valid.</source>
        <translation>签名无效。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="56"/>
        <source>The signature has the wrong length.</source>
        <translation>签名长度不对。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="57"/>
        <source>The signature is malformed.</source>
        <translation>签名格式不对。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="58"/>
        <source>The escrow is not allowed to take that many tokens yet; approve the amount first.</source>
        <translation>托管合约还没有获准取用这么多代币；请先授权该金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="59"/>
        <source>The account does not hold enough of the token.</source>
        <translation>账户中的代币不足。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="60"/>
        <source>The token refused an empty address as the one who approves.</source>
        <translation>代币不接受空地址作为授权方。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="61"/>
        <source>The token refused an empty address as the recipient.</source>
        <translation>代币不接受空地址作为收款方。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="62"/>
        <source>The token refused an empty address as the sender.</source>
        <translation>代币不接受空地址作为付款方。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="63"/>
        <source>The token refused an empty address as the one allowed to spend.</source>
        <translation>代币不接受空地址作为被授权方。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="64"/>
        <source>The payment permit has expired; sign a new one.</source>
        <translation>付款许可已过期，请重新签署。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="65"/>
        <source>The payment permit was not signed by the paying account.</source>
        <translation>付款许可不是由付款账户签署的。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="66"/>
        <source>The payment permit was already used or is out of order; sign a new one.</source>
        <translation>付款许可已用过或顺序不对，请重新签署。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="70"/>
        <source>The carrier and the tracking number are one line each.</source>
        <translation>快递公司和快递单号各占一行，不能换行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="71"/>
        <source>The carrier and the tracking number are too long together: at most {limit} bytes go on chain.</source>
        <translation>快递公司和快递单号合起来太长：链上最多放 {limit} 字节。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="72"/>
        <source>The customer&apos;s name is longer than {limit} characters.</source>
        <translation>客户姓名超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="73"/>
        <source>The phone number is longer than {limit} characters.</source>
        <translation>电话号码超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="74"/>
        <source>The address is longer than {limit} characters.</source>
        <translation>地址超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="75"/>
        <source>The note is longer than {limit} characters.</source>
        <translation>备注超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="76"/>
        <source>The customer&apos;s name contains control characters.</source>
        <translation>客户姓名含有控制字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="77"/>
        <source>The phone number contains control characters.</source>
        <translation>电话号码含有控制字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="78"/>
        <source>The address contains control characters.</source>
        <translation>地址含有控制字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="79"/>
        <source>The note contains control characters.</source>
        <translation>备注含有控制字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="80"/>
        <source>The profile&apos;s pictures come to {size} MB, more than a backup carries ({limit} MB); remove pictures it no longer needs and try again.</source>
        <translation>账套的图片共 {size} MB，超过了备份能容纳的上限（{limit} MB）；请删除不再需要的图片后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="81"/>
        <source>The sealed tracking number cannot be read with this store&apos;s key: it was changed or made for another order.</source>
        <translation>无法用本店的密钥解开加密的快递单号：它被改动过，或是给另一笔订单的。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="82"/>
        <source>The sealed tracking number is damaged or of an unknown kind.</source>
        <translation>加密的快递单号已损坏，或是未知的格式。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="83"/>
        <source>The shipment of order {order} on chain does not match its hash: it was changed or garbled, so its tracking number cannot be read back.</source>
        <translation>订单 {order} 在链上的发货信息与它的哈希不符：它被改动或损坏了，无法读回快递单号。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="84"/>
        <source>The tracking number of order {order} cannot be read with this store&apos;s key: it was changed or sealed for another order.</source>
        <translation>无法用本店的密钥读取订单 {order} 的快递单号：它被改动过，或是加密给另一笔订单的。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="85"/>
        <source>the sandbox</source>
        <translation>本机沙盒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="86"/>
        <source>--allot sets stock aside for a distributor named with --for.</source>
        <translation>--allot 为 --for 指定的分销商预留库存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="87"/>
        <source>A commission rate must be between 0% and 100%.</source>
        <translation>佣金比例必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="88"/>
        <source>A listing has at most {limit} pictures.</source>
        <translation>每件商品最多 {limit} 张图片。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="89"/>
        <source>A lot named “{title}” already exists.</source>
        <translation>已有名为“{title}”的档期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="90"/>
        <source>A lot needs a title.</source>
        <translation>请填写档期名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="91"/>
        <source>A new phrase has 12 or 24 words.</source>
        <translation>新助记词只能是 12 个或 24 个词。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="92"/>
        <source>A number is larger than {limit:,}, the largest the book can hold. Nothing was changed.</source>
        <translation>有数字大于账套能保存的最大值 {limit:,}。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="94"/>
        <source>A profile named “{name}” already exists.</source>
        <translation>已有名为“{name}”的账套。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="95"/>
        <source>A profile named “{name}” already exists; choose another name or replace it.</source>
        <translation>已有名为“{name}”的账套；请换一个名称，或选择替换它。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="96"/>
        <source>A recovery phrase has 12, 15, 18, 21 or 24 words; this one has {count}.</source>
        <translation>助记词应为 12、15、18、21 或 24 个词，这里有 {count} 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="97"/>
        <source>A revision can only move the end of “{title}” later; close the lot to end it now.</source>
        <translation>修订只能把“{title}”的结束时间往后延；要现在结束，请结束档期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="98"/>
        <source>A sheet has {rows:,} rows; more than {limit:,} rows are not imported.</source>
        <translation>工作表共有 {rows:,} 行；超过 {limit:,} 行的工作表无法导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="99"/>
        <source>A store name has at most {limit} characters.</source>
        <translation>店铺名称最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="101"/>
        <source>{name} holds a picture named “{entry}”, which is not a plain file name inside the profile&apos;s folder; nothing was restored.</source>
        <translation>{name} 里有一张名为“{entry}”的图片，它不是账套文件夹内的普通文件名；没有恢复任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="104"/>
        <source>Account {address} is already in this profile.</source>
        <translation>账户 {address} 已在本账套中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="105"/>
        <source>Add a whole number of units to {sku}, at most {limit} in all.</source>
        <translation>请为 {sku} 追加整数件，总数最多 {limit}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="106"/>
        <source>An allotment is for a named distributor.</source>
        <translation>配额必须指定给某个分销商。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="107"/>
        <source>An amount can be at most {limit}.</source>
        <translation>金额最高为 {limit}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="108"/>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="109"/>
        <source>An item needs a quantity.</source>
        <translation>请填写商品数量。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="110"/>
        <source>At most {limit} commission levels are allowed; {count} were given.</source>
        <translation>最多允许 {limit} 级佣金，这里设置了 {count} 级。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="111"/>
        <source>Bulk pricing was not applied: {reason}</source>
        <translation>未应用批量定价：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="112"/>
        <source>Cannot open the file: {reason}.</source>
        <translation>无法打开文件：{reason}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="113"/>
        <source>Cannot open the lot sheet: {reason}.</source>
        <translation>无法打开档期表：{reason}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="114"/>
        <source>Cannot reach the network node at {where} (lost while reading escrow events). Check that it is running and that this computer is online. Nothing was sent.</source>
        <translation>无法连接 {where} 的网络节点（读取担保交易事件时连接中断）。请检查节点是否在运行、本机是否已联网。未发送任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="115"/>
        <source>Cannot reach the network node at {where} (lost while reading escrow events; events up to block {block} are saved). Check that it is running and that this computer is online. Nothing was sent.</source>
        <translation>无法连接 {where} 的网络节点（读取担保交易事件时连接中断，区块 {block} 及之前的事件已保存）。请检查节点是否在运行、本机是否已联网。未发送任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="116"/>
        <source>Cannot reach the network node at {where} ({detail}). Check that it is running and that this computer is online. Nothing was sent.</source>
        <translation>无法连接 {where} 的网络节点（{detail}）。请检查节点是否在运行、本机是否已联网。未发送任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="117"/>
        <source>Cannot reach the network node at {where} ({detail}). Check that it is running and that this computer is online. The transaction is saved and will be sent when the node is back.</source>
        <translation>无法连接 {where} 的网络节点（{detail}）。请检查节点是否在运行、本机是否已联网。交易已保存，节点恢复后会自动发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="118"/>
        <source>Cannot reach the network node at {where}. Check that it is running and that this computer is online. Nothing was sent.</source>
        <translation>无法连接 {where} 的网络节点。请检查节点是否在运行、本机是否已联网。未发送任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="119"/>
        <source>Cannot reach the network node at {where}. Check that it is running and that this computer is online. The transaction is saved and will be sent when the node is back.</source>
        <translation>无法连接 {where} 的网络节点。请检查节点是否在运行、本机是否已联网。交易已保存，节点恢复后会自动发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="120"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="121"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>无法读取 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="122"/>
        <source>Cannot serve the store on {host}:{port}: {reason}.</source>
        <translation>无法在 {host}:{port} 上共享店铺：{reason}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="123"/>
        <source>Cannot write to the disk: it is full, or a file size limit was reached ({reason}).</source>
        <translation>无法写入磁盘：磁盘已满，或达到了文件大小限制（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="124"/>
        <source>Choose a password for this account.</source>
        <translation>请为这个账户设置密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="125"/>
        <source>Choose a stock file first.</source>
        <translation>请先选择库存文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="126"/>
        <source>Choose at least one escrow to accept.</source>
        <translation>请至少选择一笔要接单的担保交易。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="127"/>
        <source>Choose one order first.</source>
        <translation>请先选择一个订单。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="128"/>
        <source>Choose orders of one seller account.</source>
        <translation>请选择属于同一个卖家账户的订单。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="129"/>
        <source>Choose the account that signs with --account ADDRESS|LABEL ({count} accounts are here).</source>
        <translation>请用 --account 地址|名称 指定签名账户（这里有 {count} 个账户）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="130"/>
        <source>Choose the signing account with --account ({count} accounts are here).</source>
        <translation>请用 --account 指定签名账户（这里有 {count} 个账户）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="131"/>
        <source>Enter the carrier and the tracking number.</source>
        <translation>请填写快递公司和运单号。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="132"/>
        <source>Excel import is disabled: the XML safety layer (defusedxml) is not active. Reinstall the application.</source>
        <translation>Excel 导入已停用：XML 安全组件（defusedxml）未生效。请重新安装本应用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="133"/>
        <source>Expected {what} on stdin.</source>
        <translation>标准输入中应有{what}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="134"/>
        <source>Export to a file ending in .csv or .xlsx.</source>
        <translation>请导出为扩展名为 .csv 或 .xlsx 的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="135"/>
        <source>Give the RPC URL with --rpc-url or --rpc-url-stdin.</source>
        <translation>请用 --rpc-url 或 --rpc-url-stdin 提供 RPC 地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="136"/>
        <source>Give the network a new, unique name.</source>
        <translation>请给网络起一个不重复的新名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="137"/>
        <source>Item #{item} is not in “{title}”.</source>
        <translation>商品 #{item} 不在“{title}”中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="138"/>
        <source>Name the file FILE.xlsx or FILE.csv (or seal it).</source>
        <translation>请把文件命名为 FILE.xlsx 或 FILE.csv（或选择加密）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="139"/>
        <source>Name the lot the stock goes into.</source>
        <translation>请填写库存要导入的档期名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="140"/>
        <source>Name the opened list FILE.xlsx.</source>
        <translation>请把打开后的货单命名为 FILE.xlsx。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="141"/>
        <source>No accepted order waits to be shipped from {supplier}&apos;s goods.</source>
        <translation>没有待发货的已接单订单使用 {supplier} 的商品。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="142"/>
        <source>No accepted order waits to be shipped from {supplier}&apos;s goods: its {count} pickup orders are collected in the shop.</source>
        <translation>{supplier} 的货品没有待发货的已接单订单：其中 {count} 笔自提订单由买家到店取货。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="143"/>
        <source>No column found for: {columns}.</source>
        <translation>找不到以下内容对应的列：{columns}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="144"/>
        <source>No header row found: none of the first rows names the columns we know (商品名称, 货号, 库存, 吊牌价 …). Check the sheet, or choose the header row and columns by hand.</source>
        <translation>找不到表头行：前几行中没有可识别的列名（商品名称、货号、库存、吊牌价……）。请检查表格，或手动指定表头行和各列。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="145"/>
        <source>No profile is open.</source>
        <translation>没有打开的账套。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="146"/>
        <source>No row of the reply names an order waiting to be shipped.</source>
        <translation>回单中没有一行对应待发货的订单。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="147"/>
        <source>Not enough coins for this amount and its network fee (up to {fee}).</source>
        <translation>余额不足以支付这笔金额和网络手续费（最多 {fee}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="148"/>
        <source>Not enough coins for this amount and its network fee.</source>
        <translation>余额不足以支付这笔金额和网络手续费。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="149"/>
        <source>Not enough {symbol} for this amount.</source>
        <translation>{symbol} 不够这笔金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="150"/>
        <source>Not enough coins to pay for this transaction and its network fee.</source>
        <translation>余额不足以支付这笔交易及其网络手续费。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="151"/>
        <source>Not enough coins to pay for this transaction&apos;s fee.</source>
        <translation>余额不足以支付这笔交易的手续费。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="152"/>
        <source>Not sent.</source>
        <translation>未发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="153"/>
        <source>Nothing removed.</source>
        <translation>未删除任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="154"/>
        <source>Nothing was marked shipped: orders {orders} are already marked shipped, or their ship transaction is on its way.</source>
        <translation>未将任何订单标记为已发货：订单 {orders} 已标记为已发货，或其发货交易正在上链途中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="155"/>
        <source>Nothing would change in “{title}”.</source>
        <translation>“{title}”没有任何变化。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="156"/>
        <source>Only the latest pending transaction can be sped up.</source>
        <translation>只能加速最新的一笔待确认交易。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="157"/>
        <source>Only the offer&apos;s seller can sign it.</source>
        <translation>只有报价中的卖家才能签署这个报价。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="159"/>
        <source>Only {available} of {sku} left; {wanted} were asked for.</source>
        <translation>{sku} 只剩 {available} 件，但需要 {wanted} 件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="160"/>
        <source>Order {number} is already {state}.</source>
        <translation>订单 {number} 已经是{state}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="161"/>
        <source>Order {order} is closed ({state}): nothing more can be done with it.</source>
        <translation>订单 {order} 已结束（{state}），不能再做任何操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="162"/>
        <source>Order {order} is {state} and its deadline, {deadline}, has passed: it can no longer be {done}.</source>
        <translation>订单 {order} 当前为{state}，期限 {deadline} 已过，已不能{done}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="163"/>
        <source>Order {order} is {state}: it can be {done} only once its deadline, {deadline}, has passed.</source>
        <translation>订单 {order} 当前为{state}，要等期限 {deadline} 过后才能{done}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="164"/>
        <source>Order {order} is {state}: it cannot be {done} now (what can be done now: {possible}).</source>
        <translation>订单 {order} 当前为{state}，现在不能{done}（现在可以：{possible}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="165"/>
        <source>Refusing without confirmation: add --yes.</source>
        <translation>未经确认不会执行：请加上 --yes。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="166"/>
        <source>Reservation #{reservation} expired; reserve the stock again.</source>
        <translation>预留 #{reservation} 已过期，请重新预留库存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="167"/>
        <source>Reservation #{reservation} is already {state}.</source>
        <translation>预留 #{reservation} 的状态已是 {state}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="168"/>
        <source>Reserve at least one unit.</source>
        <translation>至少要预留 1 件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="169"/>
        <source>Revoking {count} offers on {network} costs a network fee of {cost}; add --yes to pay it.</source>
        <translation>在 {network} 上撤销 {count} 个报价需要网络手续费 {cost}；加上 --yes 以支付。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="170"/>
        <source>Row {row} has a value in column {column:,}; sheets of more than {limit:,} columns are not imported.</source>
        <translation>第 {row} 行在第 {column:,} 列有内容；超过 {limit:,} 列的表格不予导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="171"/>
        <source>Row {row} has {count:,} columns; files of more than {limit:,} columns are not imported.</source>
        <translation>第 {row} 行有 {count:,} 列；超过 {limit:,} 列的文件不予导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="172"/>
        <source>Row {row} holds more than {limit:,} characters, more than a stock row ever does; check the file.</source>
        <translation>第 {row} 行超过 {limit:,} 个字符，远超正常库存行的长度；请检查文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="173"/>
        <source>Row {row} of the file cannot be read as CSV: {reason}.</source>
        <translation>文件第 {row} 行无法按 CSV 读取：{reason}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="174"/>
        <source>Row {row} of the file is not {encoding} text; choose another encoding.</source>
        <translation>文件第 {row} 行不是 {encoding} 编码的文本；请选择其他编码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="175"/>
        <source>Row {row} opens a quote (&quot;) that is never closed, so every row after it would be read into one cell. Close the quote and import again.</source>
        <translation>第 {row} 行有一个未闭合的引号（&quot;），其后的所有行都会被读进同一个单元格。请补上引号后重新导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="176"/>
        <source>Row {row}: a cell is longer than any order, carrier or tracking number.</source>
        <translation>第 {row} 行：有单元格比任何订单号、快递公司或运单号都长。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="177"/>
        <source>Row {row}: no order number.</source>
        <translation>第 {row} 行：没有订单号。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="178"/>
        <source>Row {row}: order {order} has no carrier.</source>
        <translation>第 {row} 行：订单 {order} 没有快递公司。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="179"/>
        <source>Row {row}: order {order} has no tracking number.</source>
        <translation>第 {row} 行：订单 {order} 没有运单号。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="180"/>
        <source>Row {row}: order {order} is named again.</source>
        <translation>第 {row} 行：订单 {order} 重复出现。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="181"/>
        <source>Row {row}: order {order} is collected in the shop, not shipped.</source>
        <translation>第 {row} 行：订单 {order} 是到店自提，不发快递。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="182"/>
        <source>Row {row}: order {order} is {state}, not waiting to be shipped.</source>
        <translation>第 {row} 行：订单 {order} 当前为{state}，不是待发货。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="183"/>
        <source>Row {row}: there is no order {order} here.</source>
        <translation>第 {row} 行：这里没有订单 {order}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="184"/>
        <source>Simulated buyers exist only on the Sandbox network.</source>
        <translation>模拟买家只在沙盒网络中可用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="185"/>
        <source>Some words are not in any BIP-39 word list; check the spelling.</source>
        <translation>有些词不在任何 BIP-39 词表中，请检查拼写。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="186"/>
        <source>Something went wrong ({kind}). Details were written to the log.</source>
        <translation>出错了（{kind}）。详细信息已写入日志。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="17"/>
        <source>Something went wrong ({kind}).</source>
        <translation>出错了（{kind}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="187"/>
        <source>Test money exists only on the Sandbox network.</source>
        <translation>测试币只在沙盒网络中可用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="188"/>
        <source>That file is not an Ethereum keystore (JSON) file.</source>
        <translation>这不是以太坊密钥文件（JSON）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="189"/>
        <source>That is not a valid private key (64 hex characters).</source>
        <translation>这不是有效的私钥（应为 64 位十六进制字符）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="190"/>
        <source>That is not the buyer&apos;s signature of this settlement.</source>
        <translation>这不是买家对此结算方案的签名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="191"/>
        <source>That listing has no signed offer yet: sign offers first.</source>
        <translation>这个商品还没有签名报价：请先签署报价。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="192"/>
        <source>The RPC URL must start with http:// or https://.</source>
        <translation>RPC 地址必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="193"/>
        <source>The RPC URL of {name} is missing from the system keyring; enter it again.</source>
        <translation>系统钥匙串中找不到 {name} 的 RPC 地址，请重新填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="194"/>
        <source>The account is locked. Enter its password to unlock it.</source>
        <translation>账户已锁定。请输入密码解锁。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="195"/>
        <source>The account number must be between 0 and 2147483647.</source>
        <translation>账户序号必须在 0 到 2147483647 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="196"/>
        <source>The after-sale freeze and the return period cannot be negative.</source>
        <translation>售后冻结期和退货期限不能为负数。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="197"/>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于 0。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="198"/>
        <source>The book cannot be written: it is read-only (the file or its folder). Nothing was changed.</source>
        <translation>账套无法写入：文件或其所在文件夹是只读的。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="199"/>
        <source>The book cannot be written: the disk is full, a file size limit was reached, or the disk failed ({reason}). Nothing was changed.</source>
        <translation>账套无法写入：磁盘已满、达到文件大小限制或磁盘出错（{reason}）。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="200"/>
        <source>The book is in use by another program and stayed locked. Nothing was changed; try again in a moment.</source>
        <translation>账套正被另一个程序使用，一直处于锁定状态。未做任何更改；请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="201"/>
        <source>The built-in networks cannot be removed.</source>
        <translation>内置网络不能移除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="202"/>
        <source>The buyer&apos;s part must be at least 0 and at most what the escrow holds.</source>
        <translation>买家所得不能少于 0，也不能多于担保中的金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="203"/>
        <source>The chain id must be a positive whole number.</source>
        <translation>链 ID 必须是正整数。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="204"/>
        <source>The column for “{field}” is not in this file.</source>
        <translation>文件中没有“{field}”对应的列。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="205"/>
        <source>The commission levels together exceed 100%.</source>
        <translation>各级佣金合计超过了 100%。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="206"/>
        <source>The contract at {address} is not an ERC-20 token.</source>
        <translation>{address} 处的合约不是 ERC-20 代币。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="207"/>
        <source>The delivery details of order {number} cannot be read: {problem}</source>
        <translation>无法读取订单 {number} 的收货信息：{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="208"/>
        <source>The delivery note cannot be read with this store&apos;s key.</source>
        <translation>无法用本店铺的密钥读取这份收货信息。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="209"/>
        <source>The delivery note is damaged or of an unknown kind.</source>
        <translation>收货信息已损坏，或格式无法识别。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="210"/>
        <source>The escrow transaction {tx_hash} ended as {status}.</source>
        <translation>担保合约交易 {tx_hash} 的最终状态为 {status}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="211"/>
        <source>The export was stopped: {path} would be written outside {folder}.</source>
        <translation>导出已停止：{path} 将被写到 {folder} 之外。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="212"/>
        <source>The file contains NUL bytes, so it is not plain CSV text (it may be UTF-16 without its mark, or not a text file). Save it from Excel as “CSV UTF-8” or as .xlsx and import again.</source>
        <translation>文件中含有 NUL 字节，不是纯文本 CSV（可能是不带 BOM 标记的 UTF-16 文件，或者根本不是文本文件）。请在 Excel 中另存为“CSV UTF-8”或 .xlsx 后重新导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="213"/>
        <source>The file has a header row but no stock rows under its header; nothing was imported.</source>
        <translation>文件只有表头，表头下没有库存数据，未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="214"/>
        <source>The file has more than {limit:,} rows; split it into parts.</source>
        <translation>文件超过 {limit:,} 行，请拆分成几个文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="215"/>
        <source>The file has no header naming the order number, the carrier and the tracking number (e.g. 订单号, 快递公司, 快递单号).</source>
        <translation>文件中没有包含订单号、快递公司和运单号的表头（如：订单号、快递公司、快递单号）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="216"/>
        <source>The file is larger than any shipping list may be.</source>
        <translation>文件太大，不可能是代发货单。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="218"/>
        <source>The file is {size} MB; files over {limit} MB are not imported. Split it into parts.</source>
        <translation>文件大小为 {size} MB，超过 {limit} MB 的文件无法导入。请拆分成几个文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="219"/>
        <source>The file mixes two text encodings (some rows UTF-8, others GBK), so some names would come out garbled. Save it from Excel as “CSV UTF-8” or as .xlsx and import again.</source>
        <translation>文件混用了两种文字编码（有些行是 UTF-8，有些是 GBK），部分名称会变成乱码。请在 Excel 中另存为“CSV UTF-8”或 .xlsx 后重新导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="220"/>
        <source>The file&apos;s text encoding is not certain. Check the names in the sample and choose the encoding that shows them right.</source>
        <translation>无法确定文件的文本编码。请查看样例中的名称，选择能正确显示它们的编码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="221"/>
        <source>The file&apos;s text is neither UTF-8 nor GBK for certain: it may be {candidates}. Choose its encoding with --encoding or in the import wizard, whose preview shows the names as they will be read.</source>
        <translation>无法确定文件是 UTF-8 还是 GBK 编码：可能是 {candidates}。请用 --encoding 指定编码，或在导入向导中选择（预览会显示读取后的名称）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="222"/>
        <source>The file&apos;s text is neither UTF-8 nor GBK, nor another encoding the app reads (Big5, Shift-JIS, UTF-16). Save it from Excel as “CSV UTF-8” or as .xlsx and import again.</source>
        <translation>文件的文本既不是 UTF-8 或 GBK，也不是本软件能读取的其他编码（Big5、Shift-JIS、UTF-16）。请在 Excel 中另存为“CSV UTF-8”或 .xlsx 后重新导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="223"/>
        <source>The funding transaction has no Funded event.</source>
        <translation>付款交易中没有 Funded 事件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="224"/>
        <source>The key for account {address} is missing from the system keyring (it may have been deleted there). Import it again from its recovery phrase, private key or keystore file.</source>
        <translation>系统钥匙串中找不到账户 {address} 的密钥（可能已在钥匙串中被删除）。请用它的助记词、私钥或密钥文件重新导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="225"/>
        <source>The keystore file could not be read: {reason}</source>
        <translation>无法读取密钥文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="226"/>
        <source>The lot must end after it starts.</source>
        <translation>档期的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="227"/>
        <source>The lot sheet is missing its picture {name}.</source>
        <translation>档期表缺少图片 {name}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="228"/>
        <source>The lot sheet is {size} MB, larger than any lot sheet may be.</source>
        <translation>档期表大小为 {size} MB，超出了档期表允许的最大大小。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="230"/>
        <source>The lot sheet says it is from {seller}, but it was signed by {signer}; it was refused.</source>
        <translation>档期表标明来自 {seller}，却是由 {signer} 签名的，已拒绝导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="231"/>
        <source>The lot sheet unpacks to far more than a lot sheet holds; it was refused.</source>
        <translation>档期表解压后的大小远超正常档期表，已拒绝导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="232"/>
        <source>The lot sheet was changed after the seller signed it; it was refused.</source>
        <translation>档期表在卖家签名后被改动过，已拒绝导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="233"/>
        <source>The lot sheet&apos;s content is damaged (an item or a term is not valid).</source>
        <translation>档期表内容已损坏（有商品或条款无效）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="234"/>
        <source>The lot sheet&apos;s item list is damaged.</source>
        <translation>档期表的商品清单已损坏。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="235"/>
        <source>The lot sheet&apos;s signature is not valid; it was refused.</source>
        <translation>档期表的签名无效，已拒绝导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="236"/>
        <source>The lot sheets of {supplier} carry no store key, so a list cannot be sealed to it; ask for a newer sheet, or export the list unsealed.</source>
        <translation>{supplier} 的档期表没有附带店铺密钥，无法为其加密货单；请向对方索取新版档期表，或导出不加密的货单。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="237"/>
        <source>The lot “{title}” ended; its sheet has expired.</source>
        <translation>档期“{title}”已结束，其档期表已失效。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="238"/>
        <source>The network {network} has no escrow contract set.</source>
        <translation>网络 {network} 还没有设置担保合约。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="239"/>
        <source>The network {network} has no stablecoin and escrow contract set; add their addresses to it on the Wallet page first.</source>
        <translation>网络 {network} 还没有设置稳定币和担保合约；请先在钱包页面填写它们的地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="240"/>
        <source>The network {network} has no token set.</source>
        <translation>网络 {network} 还没有设置代币。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="241"/>
        <source>The network {network} has no token set; use --native to send its coin.</source>
        <translation>网络 {network} 还没有设置代币；要发送原生币请加 --native。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="242"/>
        <source>The node at {where} refused {method}: {message}</source>
        <translation>{where} 的节点拒绝了 {method}：{message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="243"/>
        <source>The node is on chain {actual} but this network expects chain {expected}. Nothing will be sent until the network settings match the node.</source>
        <translation>节点所在的链是 {actual}，但这个网络应为链 {expected}。在网络设置与节点一致之前，不会发送任何交易。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="244"/>
        <source>The offer cannot be signed: {problems}.</source>
        <translation>报价无法签署：{problems}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="245"/>
        <source>The offer for {sku} cannot be signed: {problems}.</source>
        <translation>{sku} 的报价无法签署：{problems}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="246"/>
        <source>The offers that no longer hold were signed by {count} accounts; revoke them from each account.</source>
        <translation>失效的报价由 {count} 个账户签名；请分别用各个账户撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="247"/>
        <source>The orders of one reply must be of one seller account.</source>
        <translation>一份回单中的订单必须属于同一个卖家账户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="252"/>
        <source>The picture {name} was changed after the seller signed the sheet; it was refused.</source>
        <translation>图片 {name} 在卖家签署档期表后被改动过，已拒绝导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="253"/>
        <source>The price is out of range.</source>
        <translation>价格超出范围。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="254"/>
        <source>The price of {sku} must be more than 0.</source>
        <translation>{sku} 的价格必须大于 0。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="255"/>
        <source>The quantity must be a whole number from 1 to {limit}.</source>
        <translation>数量必须是 1 到 {limit} 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="256"/>
        <source>The recovery phrase of {address} was never confirmed as written down. Removing the account now loses everything it holds; back it up first.</source>
        <translation>{address} 的助记词从未确认抄好。现在移除这个账户，里面的资产将全部丢失；请先备份助记词。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="257"/>
        <source>The sandbox chain has been closed.</source>
        <translation>沙盒链已关闭。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="258"/>
        <source>The sandbox chain in {path} is already open in another Ziliudi window or process. Close it and try again.</source>
        <translation>{path} 中的沙盒链已在另一个自留地窗口或进程中打开。请先关闭它再重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="259"/>
        <source>The saved column mapping is damaged; map the columns again.</source>
        <translation>保存的列对应关系已损坏，请重新设置列对应关系。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="260"/>
        <source>The sheet has formulas without saved values. Open it in Excel or WPS, save it, and import again.</source>
        <translation>工作表中有公式没有保存计算结果。请用 Excel 或 WPS 打开文件、保存后重新导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="261"/>
        <source>The sheet has more than {limit:,} cells; split it into parts.</source>
        <translation>表格超过 {limit:,} 个单元格；请拆分成几个文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="262"/>
        <source>The sheet has more than {limit:,} rows; split it into parts.</source>
        <translation>工作表超过 {limit:,} 行，请拆分成几个文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="263"/>
        <source>The sheet reaches column {column:,}; sheets of more than {limit:,} columns are not imported.</source>
        <translation>表格用到了第 {column:,} 列；超过 {limit:,} 列的表格不予导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="264"/>
        <source>The site could not be written to {folder}: {reason}.</source>
        <translation>无法将网站写入 {folder}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="265"/>
        <source>The store has no key for delivery details yet.</source>
        <translation>店铺还没有收货信息密钥。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="266"/>
        <source>The store is paid to {payout}: sign the offers with that account, or change the payout account in the store profile.</source>
        <translation>店铺的收款账户是 {payout}：请用该账户签署报价，或在店铺资料中更换收款账户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="267"/>
        <source>The store needs a name.</source>
        <translation>请填写店铺名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="268"/>
        <source>The store&apos;s avatar must be a picture stored in the book; choose the picture file again.</source>
        <translation>店铺头像必须是账套中保存的图片；请重新选择图片文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="269"/>
        <source>The store&apos;s key for delivery details is missing from the keyring; orders already placed cannot be read. Make a new key to go on.</source>
        <translation>系统钥匙串中找不到店铺的收货信息密钥；已有订单的收货信息将无法读取。请生成新密钥后继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="270"/>
        <source>The store&apos;s key for delivery details is not in the keyring.</source>
        <translation>店铺的收货信息密钥不在系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="271"/>
        <source>The store&apos;s web address must start with http:// or https://.</source>
        <translation>店铺网址必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="272"/>
        <source>The suggested price of {sku} would be below its minimum price.</source>
        <translation>{sku} 的建议零售价会低于其最低售价。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="273"/>
        <source>The system keyring could not be opened ({detail}). Make sure it is running (on Linux: gnome-keyring or KWallet) and try again.</source>
        <translation>无法打开系统钥匙串（{detail}）。请确认它正在运行（Linux 上为 gnome-keyring 或 KWallet）后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="274"/>
        <source>The system keyring could not be opened. Make sure it is running (on Linux: gnome-keyring or KWallet) and try again.</source>
        <translation>无法打开系统钥匙串。请确认它正在运行（Linux 上为 gnome-keyring 或 KWallet）后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="275"/>
        <source>The system keyring is locked. Unlock it (it usually asks for your login password) and try again.</source>
        <translation>系统钥匙串已锁定。请先解锁（通常需要输入登录密码）后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="276"/>
        <source>The two parts must add up to {held}, what the escrow holds.</source>
        <translation>两部分之和必须等于担保中托管的 {held}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="277"/>
        <source>The words are valid but their checksum is not: a word is wrong or the order is mixed up.</source>
        <translation>这些词都有效，但校验不通过：可能有词写错，或顺序颠倒了。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="278"/>
        <source>The workbook contains XML entity declarations, which Excel never writes (a possible XML bomb). It was refused.</source>
        <translation>工作簿中含有 XML 实体声明，而 Excel 从不写入这类内容（可能是 XML 炸弹），已拒绝导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="279"/>
        <source>The workbook has a cell of more than {limit:,} characters, more than Excel allows; it was refused.</source>
        <translation>工作簿中有超过 {limit:,} 个字符的单元格，超出 Excel 的上限；已拒绝导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="280"/>
        <source>The workbook has no sheet named “{sheet}”.</source>
        <translation>工作簿中没有名为“{sheet}”的工作表。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="281"/>
        <source>The workbook has no worksheets.</source>
        <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="282"/>
        <source>The workbook has too many parts to be a stock sheet.</source>
        <translation>工作簿包含的部件过多，不像是库存表。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="283"/>
        <source>The workbook holds more than {limit:,} different texts; split it into parts.</source>
        <translation>工作簿包含超过 {limit:,} 条不同的文本；请拆分成几个文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="284"/>
        <source>The workbook is damaged: its XML is broken ({reason}).</source>
        <translation>工作簿已损坏：XML 内容有误（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="285"/>
        <source>The workbook unpacks to far more than its size (a zip bomb). It was refused.</source>
        <translation>工作簿解压后的大小远超文件本身（可能是 zip 炸弹），已拒绝导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="286"/>
        <source>The workbook unpacks to {size} MB; more than {limit} MB is not imported.</source>
        <translation>工作簿解压后为 {size} MB，超过 {limit} MB 的无法导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="287"/>
        <source>The workbook&apos;s shared texts unpack to {size} MB; more than {limit} MB is not imported.</source>
        <translation>工作簿的共享文本解压后有 {size} MB；超过 {limit} MB 不予导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="288"/>
        <source>There is no account {address} in this profile.</source>
        <translation>本账套中没有账户 {address}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="289"/>
        <source>There is no backup file at {path}.</source>
        <translation>{path} 处没有备份文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="290"/>
        <source>This computer has no keyring to keep keys in: install one with “sudo apt install gnome-keyring”, log out and back in, and start Ziliudi again (everything that needs no key works meanwhile).</source>
        <translation>这台电脑没有保存密钥的钥匙环：请用“sudo apt install gnome-keyring”安装，注销后重新登录，再启动自留地（在此期间，不需要密钥的功能照常可用）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="291"/>
        <source>This computer has no keyring to keep keys in: install one with “sudo dnf install gnome-keyring”, log out and back in, and start Ziliudi again (everything that needs no key works meanwhile).</source>
        <translation>这台电脑没有保存密钥的钥匙环：请用“sudo dnf install gnome-keyring”安装，注销后重新登录，再启动自留地（在此期间，不需要密钥的功能照常可用）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="292"/>
        <source>This computer has no keyring to keep keys in: install gnome-keyring or KWallet with the system&apos;s package manager, log out and back in, and start Ziliudi again (everything that needs no key works meanwhile).</source>
        <translation>这台电脑没有保存密钥的钥匙环：请用系统的软件包管理器安装 gnome-keyring 或 KWallet，注销后重新登录，再启动自留地（在此期间，不需要密钥的功能照常可用）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="293"/>
        <source>The keyring that keeps keys runs only in a desktop session, and this is not one: start Ziliudi from the desktop (everything that needs no key works meanwhile).</source>
        <translation>保存密钥的钥匙环只在桌面会话中运行，而当前不是桌面会话：请从桌面启动自留地（在此期间，不需要密钥的功能照常可用）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="294"/>
        <source>The system keyring that keeps keys (the Keychain on macOS, the Credential Locker on Windows) could not be used: sign in to your user account and start Ziliudi again (everything that needs no key works meanwhile).</source>
        <translation>无法使用保存密钥的系统钥匙环（macOS 上的钥匙串、Windows 上的凭据保险箱）：请登录您的用户账户，再启动自留地（在此期间，不需要密钥的功能照常可用）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="295"/>
        <source>A backup needs a password.</source>
        <translation>备份需要设置密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="296"/>
        <source>{name} is not a Ziliudi backup, or it is damaged.</source>
        <translation>{name} 不是自留地备份文件，或已损坏。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="297"/>
        <source>{name} cannot be opened: the password is wrong or the file is damaged.</source>
        <translation>无法打开 {name}：密码错误或文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="298"/>
        <source>There is no book at {path}.</source>
        <translation>{path} 处没有账本文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="299"/>
        <source>There is no contract at {address} on this network.</source>
        <translation>这个网络上 {address} 处没有合约。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="300"/>
        <source>There is no item #{item}.</source>
        <translation>没有编号为 #{item} 的商品。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="301"/>
        <source>There is no listing {listing} in the storefront.</source>
        <translation>店铺中没有商品 {listing}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="302"/>
        <source>There is no lot item #{item}.</source>
        <translation>没有编号为 #{item} 的档期商品。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="303"/>
        <source>There is no lot named “#{lot_id}”.</source>
        <translation>没有名为“#{lot_id}”的档期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="304"/>
        <source>There is no lot named “{title}”.</source>
        <translation>没有名为“{title}”的档期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="305"/>
        <source>There is no network named {name!r}.</source>
        <translation>没有名为 {name!r} 的网络。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="306"/>
        <source>There is no order {number}.</source>
        <translation>没有订单 {number}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="307"/>
        <source>There is no order {order} on {network}; sync first if it is new.</source>
        <translation>{network} 上没有订单 {order}；如果是新订单，请先同步。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="309"/>
        <source>There is no profile named “{name}”.</source>
        <translation>没有名为“{name}”的账套。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="310"/>
        <source>There is no network named “{name}”.</source>
        <translation>没有名为“{name}”的网络。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="311"/>
        <source>Those words do not match the phrase. Check what you wrote.</source>
        <translation>这些词与助记词不符，请检查你抄写的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="312"/>
        <source>There is no reservation #{reservation}.</source>
        <translation>找不到预留 #{reservation}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="313"/>
        <source>There is no single account with the address or label “{ref}”.</source>
        <translation>找不到地址或名称为“{ref}”的唯一账户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="314"/>
        <source>There is no wallet account to sign with yet: make one with “ziliudi wallet new” or import one with “ziliudi wallet import”.</source>
        <translation>还没有可用于签名的钱包账户：请用“ziliudi wallet new”新建，或用“ziliudi wallet import”导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="315"/>
        <source>These offers were signed by {seller}; unlock that account to revoke them.</source>
        <translation>这些报价由 {seller} 签名；请解锁该账户来撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="316"/>
        <source>This RPC URL carries a key and needs the keyring.</source>
        <translation>这个 RPC 地址中含有密钥，需要保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="317"/>
        <source>This account was not made from a recovery phrase.</source>
        <translation>这个账户不是由助记词生成的。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="318"/>
        <source>This file could not be read as an Excel workbook; it may be damaged ({reason}).</source>
        <translation>无法将此文件作为 Excel 工作簿读取，文件可能已损坏（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="319"/>
        <source>This file is not a lot sheet, or its content is damaged.</source>
        <translation>这不是档期表文件，或其内容已损坏。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="320"/>
        <source>This file is not a lot sheet: its content or signature is missing.</source>
        <translation>这不是档期表文件：缺少内容或签名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="321"/>
        <source>This file is not a sealed shipping list.</source>
        <translation>这个文件不是加密的代发货单。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="322"/>
        <source>This file is not a valid Excel workbook (.xlsx): it is damaged or is another kind of file renamed.</source>
        <translation>这不是有效的 Excel 工作簿（.xlsx）：文件已损坏，或是其他类型的文件改了扩展名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="323"/>
        <source>This file is not a valid Excel workbook (.xlsx): it is damaged, cut short, or another kind of file.</source>
        <translation>这不是有效的 Excel 工作簿（.xlsx）：文件已损坏、不完整，或是其他类型的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="324"/>
        <source>This is an old Excel file (.xls). Open it in Excel or WPS and save it as .xlsx, then import again.</source>
        <translation>这是旧版 Excel 文件（.xls）。请用 Excel 或 WPS 打开并另存为 .xlsx，然后重新导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="325"/>
        <source>This is an older sheet of “{title}” (revision {revision}; revision {current} is here already). Nothing was changed.</source>
        <translation>这是“{title}”较旧的档期表（第 {revision} 版；这里已有第 {current} 版）。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="326"/>
        <source>This is not a complete lot sheet: the file is cut short or damaged. Ask the seller to send it again.</source>
        <translation>档期表不完整：文件被截断或已损坏。请让卖家重新发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="327"/>
        <source>This is the same sheet of “{title}” (revision {revision}; revision {current} is here already). Nothing was changed.</source>
        <translation>这是“{title}”已导入过的同一份档期表（第 {revision} 版；这里已有第 {current} 版）。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="328"/>
        <source>This lot sheet was made by a newer version of Ziliudi; update the app to import it.</source>
        <translation>这份档期表由更新版本的自留地生成，请升级应用后再导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="329"/>
        <source>This sheet of “{title}” is signed by {signer}, but the lot came from {seller}; it was refused.</source>
        <translation>这份“{title}”的档期表由 {signer} 签名，但该档期来自 {seller}，已拒绝导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="330"/>
        <source>This sheet of “{title}” was signed for the distributor {address}, which is not an account of this profile; it was refused.</source>
        <translation>“{title}”的这份档期表是签给分销商 {address} 的，它不是本账套的账户，已拒绝导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="331"/>
        <source>This shipping list was sealed to another store&apos;s key, or changed after it was sealed; it cannot be opened here.</source>
        <translation>这份代发货单是用别的店铺密钥加密的，或加密后被改动过，无法在这里打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="332"/>
        <source>This step is not available now ({step}).</source>
        <translation>当前无法执行这一步（{step}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="333"/>
        <source>This transaction belongs to another network.</source>
        <translation>这笔交易属于其他网络。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="334"/>
        <source>This transaction would fail, so it was not sent: {reason}</source>
        <translation>这笔交易会失败，因此未发送：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="335"/>
        <source>This transaction is already confirmed; only a pending one can be sped up or cancelled.</source>
        <translation>这笔交易已确认；只有待确认的交易才能加速或取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="336"/>
        <source>This transaction was already mined, and failed; only a pending one can be sped up or cancelled.</source>
        <translation>这笔交易已上链但执行失败；只有待确认的交易才能加速或取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="337"/>
        <source>A speed-up or cancel of this transaction was mined in its place; only a pending one can be sped up or cancelled.</source>
        <translation>这笔交易的加速或取消交易已代替它上链；只有待确认的交易才能加速或取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="338"/>
        <source>This transaction was sped up or cancelled already; act on its newest attempt instead.</source>
        <translation>这笔交易已被加速或取消；请对它最新的一次尝试操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="339"/>
        <source>This transaction will not be mined (the network dropped or refused it); only a pending one can be sped up or cancelled.</source>
        <translation>这笔交易不会上链（网络已丢弃或拒绝它）；只有待确认的交易才能加速或取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="340"/>
        <source>{amount} to {recipient} was already sent and is not confirmed yet ({hash}).</source>
        <translation>向 {recipient} 转账 {amount} 已经发出，尚未确认（{hash}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="341"/>
        <source>{amount} to {recipient} was already sent and confirmed within the last hour ({hash}).</source>
        <translation>向 {recipient} 转账 {amount} 已经发出，并已在过去一小时内确认（{hash}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="342"/>
        <source>{reason} Add --again to send it once more.</source>
        <translation>{reason} 如要再发送一次，请加上 --again。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="343"/>
        <source>The journal has no transaction {hash}.</source>
        <translation>交易记录中没有交易 {hash}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="344"/>
        <source>Nothing sent.</source>
        <translation>未发送任何交易。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="345"/>
        <source>This transfer was prepared for another account.</source>
        <translation>这笔转账是为另一个账户准备的。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="346"/>
        <source>This workbook is damaged (a part fails its checksum).</source>
        <translation>工作簿已损坏（有部件校验失败）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="347"/>
        <source>Unknown currency “{currency}”.</source>
        <translation>未知币种“{currency}”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="348"/>
        <source>Unknown field “{field}” in the column mapping.</source>
        <translation>列对应关系中有未知字段“{field}”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="349"/>
        <source>Unknown text encoding “{name}”: choose UTF-8, GB18030, Big5, Shift-JIS or UTF-16.</source>
        <translation>未知的文本编码“{name}”：请选择 UTF-8、GB18030、Big5、Shift-JIS 或 UTF-16。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="350"/>
        <source>Unknown word list {language!r}.</source>
        <translation>未知词表 {language!r}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="351"/>
        <source>Wrong password for this account.</source>
        <translation>账户密码错误。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="352"/>
        <source>this network needs its Networks book</source>
        <translation>检查这个网络需要用到网络设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="353"/>
        <source>{address} is not one of the simulated buyers.</source>
        <translation>{address} 不是模拟买家之一。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="354"/>
        <source>{count} items of “{title}” have no supply price.</source>
        <translation>“{title}”中有 {count} 个商品没有供货价。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="355"/>
        <source>{count} orders still hold stock of “{title}”; settle after they are sold or cancelled.</source>
        <translation>还有 {count} 个订单占用着“{title}”的库存；请等这些订单成交或取消后再结算。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="356"/>
        <source>{count} rows were refused; nothing was marked shipped. Fix the file, or ship the valid rows with --accept-valid.</source>
        <translation>有 {count} 行被拒绝，没有订单被标记发货。请修改文件，或用 --accept-valid 只处理有效的行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="357"/>
        <source>{count} rows were rejected; nothing was imported. Fix the file, or import only the valid rows.</source>
        <translation>有 {count} 行不合格，未导入任何内容。请修改文件，或只导入有效的行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="358"/>
        <source>{count} units are already reserved or sold; the quantity cannot be lower.</source>
        <translation>已有 {count} 件被预留或售出，数量不能低于此数。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="359"/>
        <source>{field} must be a whole number of minor units, not negative.</source>
        <translation>{field} 必须是以最小货币单位（如分）计的非负整数。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="360"/>
        <source>{folder} holds no exported storefront.</source>
        <translation>{folder} 中没有导出的店铺网站。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="361"/>
        <source>{folder} is not empty and holds no storefront exported before; choose an empty folder.</source>
        <translation>{folder} 不是空文件夹，里面也没有之前导出的店铺网站；请选择一个空文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="362"/>
        <source>{name} cannot be opened: {reason}.</source>
        <translation>无法打开 {name}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="363"/>
        <source>{name} has no token address.</source>
        <translation>{name} 没有设置代币地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="364"/>
        <source>{name} is damaged: the file is truncated.</source>
        <translation>{name} 已损坏：文件不完整。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="365"/>
        <source>{name} is damaged: {reason}.</source>
        <translation>{name} 已损坏：{reason}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="366"/>
        <source>{name} is not a Ziliudi book (not an SQLite database).</source>
        <translation>{name} 不是自留地账本文件（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="367"/>
        <source>{name} is not a file but a folder, a device or a pipe; only a stock file itself is imported.</source>
        <translation>{name} 不是文件，而是文件夹、设备或管道；只能导入库存文件本身。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="368"/>
        <source>{name} was written by a newer version of Ziliudi (schema steps {steps} are unknown here). Update the app to open it.</source>
        <translation>{name} 由更新版本的自留地写入（这里无法识别其数据结构升级步骤 {steps}）。请升级应用后再打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="369"/>
        <source>{path} cannot be used: {reason}. Check that it and its folder may be written.</source>
        <translation>无法使用 {path}：{reason}。请检查它及其所在文件夹是否可写。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="370"/>
        <source>{path} has no contracts set up.</source>
        <translation>{path} 中还没有部署合约。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="371"/>
        <source>{path} is not a sandbox chain this version reads.</source>
        <translation>{path} 不是本版本能读取的沙盒链。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="372"/>
        <source>{path}: a transaction of block {block} no longer applies ({error}: {reason}).</source>
        <translation>{path}：区块 {block} 中的一笔交易已无法重新执行（{error}：{reason}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="373"/>
        <source>{path}: block {block} out of order.</source>
        <translation>{path}：区块 {block} 顺序错乱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="374"/>
        <source>{price} is above the supplier&apos;s maximum retail price of {maximum} for {sku}.</source>
        <translation>{price} 高于供货商为 {sku} 规定的最高零售价 {maximum}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="375"/>
        <source>{price} is below the supplier&apos;s minimum retail price of {minimum} for {sku}.</source>
        <translation>{price} 低于供货商为 {sku} 规定的最低零售价 {minimum}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="376"/>
        <source>{recipient!r} is not an address.</source>
        <translation>{recipient!r} 不是有效地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="377"/>
        <source>{sku} has no suggested price; give it a price.</source>
        <translation>{sku} 没有建议价，请为它设置价格。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="378"/>
        <source>{sku} has {n} units that are not sold; an allotment of {units} is more than that.</source>
        <translation>{sku} 还有 {n} 件未售出，配额 {units} 超过了这个数。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="379"/>
        <source>{sku} is already in the storefront.</source>
        <translation>{sku} 已在店铺中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="387"/>
        <source>“{role}” is not a role: choose seller, distributor or both.</source>
        <translation>“{role}”不是角色：请选择 seller、distributor 或 both。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="412"/>
        <source>“{url}” opens only on this computer: buyers&apos; phones cannot reach it. Give the address where the site is served, or leave it empty to use this computer&apos;s network address.</source>
        <translation>“{url}”只能在这台电脑上打开，买家的手机访问不到。请填写网站实际发布的地址，或留空以使用这台电脑的局域网地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="413"/>
        <source>The store has no web address, and this computer has no network address a buyer&apos;s phone could reach. Set the store&apos;s web address in the store profile first.</source>
        <translation>小店没有网址，这台电脑也没有买家手机能访问的网络地址。请先在店铺资料中填写小店网址。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="414"/>
        <source>“{what}” is not a price of an item.</source>
        <translation>“{what}”不是商品的价格字段。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="416"/>
        <source>A statement has at most {limit} bytes of text; this one has {length}.</source>
        <translation>陈述最多 {limit} 字节文字；这段有 {length} 字节。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="417"/>
        <source>An arbitrator must be someone else: {account} is an account of this profile.</source>
        <translation>仲裁人必须是别人：{account} 是本档案的账户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="418"/>
        <source>An arbitrator&apos;s contact has at most {limit} characters.</source>
        <translation>仲裁人的联系方式最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="419"/>
        <source>Choose the account that arbitrates with --account ADDRESS|LABEL ({count} accounts match).</source>
        <translation>请用 --account 地址|标签 选择担任仲裁的账户（有 {count} 个账户符合）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="420"/>
        <source>Order {order} is arbitrated by {arbitrator}, not by {account}.</source>
        <translation>订单 {order} 的仲裁人是 {arbitrator}，不是 {account}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="421"/>
        <source>Order {order} is not an open dispute this profile arbitrates; sync first if it is new.</source>
        <translation>订单 {order} 不是本档案仲裁的未决争议；如果是新的，请先同步。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="422"/>
        <source>Order {order} names no arbitrator: a dispute can only time out, so there is no one to read a statement.</source>
        <translation>订单 {order} 没有指定仲裁人：争议只能等到超时处理，没有人会读陈述。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="423"/>
        <source>The arbitrator card {path} cannot be read.</source>
        <translation>无法读取仲裁人名片 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="424"/>
        <source>The arbitrator card&apos;s public key is damaged.</source>
        <translation>仲裁人名片中的公钥已损坏。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="425"/>
        <source>The arbitrator of order {order}, {arbitrator}, is not the one in the store profile: its key is unknown, so a statement cannot be sealed to it.</source>
        <translation>订单 {order} 的仲裁人 {arbitrator} 不是店铺资料中的仲裁人：不知道其公钥，无法为其加密陈述。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="426"/>
        <source>The arbitrator&apos;s fee cannot be negative.</source>
        <translation>仲裁费用不能为负数。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="427"/>
        <source>The buyer can get from 0 to {most} (what the escrow holds less the arbitrator&apos;s fee); {amount} does not fit.</source>
        <translation>买家可得 0 到 {most}（托管金额减去仲裁费用）；{amount} 不在此范围内。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="428"/>
        <source>The statement is empty.</source>
        <translation>陈述是空的。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="429"/>
        <source>The store&apos;s own account cannot be its arbitrator.</source>
        <translation>店铺自己的账户不能做仲裁人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="430"/>
        <source>This file is not an arbitrator card.</source>
        <translation>这个文件不是仲裁人名片。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="431"/>
        <source>The arbitrator&apos;s key is not in the keyring.</source>
        <translation>仲裁人的密钥不在钥匙串中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="432"/>
        <source>This statement was sealed to another key.</source>
        <translation>这段陈述是用另一个密钥加密的。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="433"/>
        <source>Choose the arbitrator&apos;s card file.</source>
        <translation>请选择仲裁人名片文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="435"/>
        <source>The entry does not balance in {currency}: it is off by {off}.</source>
        <translation>该凭证 {currency} 借贷不平，相差 {off}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="436"/>
        <source>“{account}” is not an account of the books.</source>
        <translation>“{account}”不是账本中的科目。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="437"/>
        <source>There is no entry #{entry}.</source>
        <translation>没有凭证 #{entry}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="438"/>
        <source>Entry #{entry} is a reversal; post a new entry to correct it.</source>
        <translation>凭证 #{entry} 是冲销凭证；请另记一笔来更正。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="439"/>
        <source>Entry #{entry} is already reversed.</source>
        <translation>凭证 #{entry} 已被冲销。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="440"/>
        <source>“{text}” is not a date (write it as 2025-01-31).</source>
        <translation>“{text}”不是日期（请写成 2025-01-31）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="441"/>
        <source>The period ends before it starts.</source>
        <translation>期间的结束早于开始。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="442"/>
        <source>An entry moves money between two different accounts.</source>
        <translation>一笔凭证须在两个不同科目之间记账。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="443"/>
        <source>Say what the entry is for.</source>
        <translation>请填写摘要。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="444"/>
        <source>The amount of an entry cannot be zero.</source>
        <translation>凭证金额不能为零。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="445"/>
        <source>{amount} is more than the books can hold in one line.</source>
        <translation>{amount} 超出账本单行能记录的金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="446"/>
        <source>Entry #{entry} has no receipt picture.</source>
        <translation>分录 #{entry} 没有收据图片。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="447"/>
        <source>The receipt picture of entry #{entry} is missing from the profile&apos;s pictures.</source>
        <translation>分录 #{entry} 的收据图片已不在本账套的图片中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="448"/>
        <source>“{path}” is a folder; name the file to write.</source>
        <translation>“{path}” 是一个文件夹，请指定要写入的文件名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="449"/>
        <source>There is no folder “{path}”.</source>
        <translation>没有文件夹“{path}”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="451"/>
        <source>A customer is bound for 1 to 3650 days.</source>
        <translation>客户绑定期为 1 到 3650 天。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="452"/>
        <source>A customer is bound permanently, for some days, or to the latest referrer; “{mode}” is none of these.</source>
        <translation>客户可以永久绑定、按天数绑定或归最近推荐人；“{mode}”不属于其中任何一种。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="453"/>
        <source>A plan pays at most {most} levels, counting the distributor who made the sale; {count} were asked for. Deeper plans are pyramid selling (Regulations on Prohibiting Pyramid Selling art. 2; Criminal Code art. 224-1).</source>
        <translation>分佣最多 {most} 级（含成交的分销商本人），现在设了 {count} 级。更多层级属于传销（《禁止传销条例》第二条；《刑法》第二百二十四条之一）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="454"/>
        <source>A reward for recruiting is never allowed: commissions come only from real sales (Regulations on Prohibiting Pyramid Selling art. 2; Criminal Code art. 224-1).</source>
        <translation>不允许任何拉人头奖励：佣金只能来自真实销售（《禁止传销条例》第二条；《刑法》第二百二十四条之一）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="455"/>
        <source>An entry fee is never allowed: charging people to join a sales network is pyramid selling (Regulations on Prohibiting Pyramid Selling art. 2; Criminal Code art. 224-1).</source>
        <translation>不允许收取入门费：向加入者收费属于传销（《禁止传销条例》第二条；《刑法》第二百二十四条之一）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="456"/>
        <source>An invite lasts from 1 to {most} days.</source>
        <translation>邀请有效期为 1 到 {most} 天。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="457"/>
        <source>This profile has {count} wallet accounts: make the one whose downline this is the store&apos;s payout account (Storefront, Store profile…), or name it with --account ADDRESS|LABEL.</source>
        <translation>此账套有 {count} 个钱包账户：请把这个下线所属的账户设为店铺的收款账户（我的小店 → 店铺资料…），或用 --account 地址|标签 指定。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="460"/>
        <source>Choose from 1 to {most} months.</source>
        <translation>请选择 1 到 {most} 个月。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="461"/>
        <source>Each level&apos;s rate is between 0% and 100%, and all of them together at most 100%.</source>
        <translation>每级佣金比例在 0% 到 100% 之间，各级合计不超过 100%。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="462"/>
        <source>Prices cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="463"/>
        <source>The acceptance was not signed by {member}, the account it names; it was changed or forged.</source>
        <translation>这份确认书不是由其所写的账户 {member} 签名的：它被改动或伪造了。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="464"/>
        <source>The acceptance was signed after the invite expired.</source>
        <translation>这份确认书是在邀请过期后才签的。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="465"/>
        <source>The invite carries an acceptance of another account.</source>
        <translation>这份邀请附带的是另一个账户的确认书。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="466"/>
        <source>The invite expired; ask {upline} for a new one.</source>
        <translation>邀请已过期，请向 {upline} 要一份新的。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="467"/>
        <source>The invite is incomplete or damaged; ask for it again.</source>
        <translation>邀请不完整或已损坏，请重新索取。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="468"/>
        <source>The invite was not signed by {upline}, the account it names; it was changed or forged.</source>
        <translation>这份邀请不是由其所写的账户 {upline} 签名的：它被改动或伪造了。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="469"/>
        <source>The offer for {sku} cannot be signed: its price does not cover the supply price and the uplines&apos; commissions.</source>
        <translation>{sku} 的报价无法签署：售价不够支付供货价和上级佣金。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="470"/>
        <source>The price {price} does not cover the supply price and the uplines&apos; commissions of the plan.</source>
        <translation>价格 {price} 不够支付供货价和分佣方案中的上级佣金。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="471"/>
        <source>There is no wallet account yet: make one on the Wallet page or with “ziliudi wallet new”.</source>
        <translation>还没有钱包账户：请在“钱包”页面或用“ziliudi wallet new”创建一个。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="472"/>
        <source>This acceptance answers an invite from {upline}, which is not an account of this profile.</source>
        <translation>这份确认书回应的是 {upline} 的邀请，该账户不属于本账套。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="473"/>
        <source>This is not a Ziliudi invite or acceptance.</source>
        <translation>这不是自留地的邀请或确认书。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="474"/>
        <source>{account} cannot join its own downline.</source>
        <translation>{account} 不能加入自己的下线。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="475"/>
        <source>{member} is already bound to {upline}; a member is bound once.</source>
        <translation>{member} 已绑定到 {upline}；每个成员只能绑定一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="476"/>
        <source>{upline} is already in the downline of {member}; binding it would close a circle.</source>
        <translation>{upline} 已在 {member} 的下线中，再绑定会形成循环。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="477"/>
        <source>“{text}” is not a list of percentages per level, such as 10,3.</source>
        <translation>“{text}”不是各级百分比列表（例如 10,3）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="478"/>
        <source>A commission is paid on chain or offline.</source>
        <translation>佣金只能链上支付或线下支付。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="479"/>
        <source>A sale&apos;s amounts cannot be negative, and its commissions become available after it is confirmed.</source>
        <translation>销售金额不能为负，佣金在确认收货之后才可提取。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="480"/>
        <source>The seller&apos;s part must be between 0 and the sale&apos;s total.</source>
        <translation>卖家所得须在 0 与销售总额之间。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="481"/>
        <source>There is no recorded sale “{source}”.</source>
        <translation>没有记录为“{source}”的销售。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="482"/>
        <source>“{month}” is not a month (write it as 2026-03).</source>
        <translation>“{month}”不是月份（请写成 2026-03）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="483"/>
        <source>{member} has no commission of {month} to mark paid: none is available yet, or it was paid already.</source>
        <translation>{member} 在 {month} 没有可标记为已付的佣金：尚无可提佣金，或已付过。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="488"/>
        <source>A pickup point needs a name.</source>
        <extracomment>Order online, collect in the shop (到店自提): shop.storefront.pickup, services.pickup.</extracomment>
        <translation>自提门店需要名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="489"/>
        <source>The pickup point “{name}” needs an address.</source>
        <translation>自提门店“{name}”需要地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="490"/>
        <source>A pickup point&apos;s name has at most {limit} characters.</source>
        <translation>自提门店名称最多 {limit} 个字。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="491"/>
        <source>A pickup point&apos;s address, hours and phone have at most {limit} characters each.</source>
        <translation>自提门店的地址、营业时间和电话各最多 {limit} 个字。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="492"/>
        <source>The store has no pickup point “{name}”.</source>
        <translation>本店没有自提门店“{name}”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="493"/>
        <source>The store already has a pickup point “{name}”.</source>
        <translation>本店已有自提门店“{name}”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="494"/>
        <source>“{handover}” is not a way to hand over goods (delivery, pickup or both).</source>
        <translation>“{handover}”不是取货方式（delivery 快递、pickup 自提或 both 两者皆可）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="495"/>
        <source>Add a pickup point to the store profile first.</source>
        <translation>请先在店铺资料里添加自提门店。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="496"/>
        <source>Give the order number or the QR&apos;s text, or --picture FILE.</source>
        <translation>请给出订单号或二维码的文字，或使用 --picture FILE。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="497"/>
        <source>Listing {listing} is delivered only; let buyers collect it first (storefront handover).</source>
        <translation>商品 {listing} 只发快递；请先允许买家到店自提（storefront handover）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="498"/>
        <source>Order {order} is to be delivered, not collected: mark it shipped with its carrier and tracking number.</source>
        <translation>订单 {order} 要发快递，不是自提：请填写快递公司和单号标记发货。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="499"/>
        <source>There is no order {order} in the book; sync first if it is new.</source>
        <translation>账套里没有订单 {order}；如果是新订单，请先同步。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="500"/>
        <source>Choose a listing first.</source>
        <translation>请先选择商品。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="567"/>
        <source>accepted</source>
        <extracomment>The words order refusals fill in (services.order_actions.DONE and the actions they list).</extracomment>
        <translation>接单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="568"/>
        <source>marked shipped</source>
        <translation>标记发货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="569"/>
        <source>disputed</source>
        <translation>发起争议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="570"/>
        <source>claimed</source>
        <translation>领取货款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="571"/>
        <source>settled</source>
        <translation>协商结算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="572"/>
        <source>returned to the buyer</source>
        <translation>退还买家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="573"/>
        <source>given a statement</source>
        <translation>补充陈述</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="574"/>
        <source>add a statement</source>
        <translation>补充陈述</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="575"/>
        <source>accept</source>
        <translation>接单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="576"/>
        <source>ship</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="577"/>
        <source>dispute</source>
        <translation>争议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="578"/>
        <source>claim</source>
        <translation>领取货款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="579"/>
        <source>settle</source>
        <translation>结算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="580"/>
        <source>return to the buyer</source>
        <translation>退还买家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="581"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="586"/>
        <source>These files are missing in {folder}: {files}.</source>
        <translation>{folder} 中缺少这些文件：{files}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="587"/>
        <source>The contracts are looked for in {found}, not in {folder}.</source>
        <translation>程序在 {found} 中查找合约，而不是在 {folder} 中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="588"/>
        <source>The contract {name} has no interface (ABI) or no code.</source>
        <translation>合约 {name} 缺少接口（ABI）或代码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="589"/>
        <source>A signed message does not give back the account that signed it.</source>
        <translation>从签名的消息无法还原出签名的账户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="590"/>
        <source>A signed transaction does not give back the account that signed it.</source>
        <translation>从签名的交易无法还原出签名的账户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="591"/>
        <source>The demo token has no code on the Sandbox chain.</source>
        <translation>演示代币在沙盒链上没有代码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="592"/>
        <source>The book is not kept as the app keeps it: journal mode {mode}, foreign keys {fk}, quick check {check}.</source>
        <translation>账本的存储方式与程序的设置不一致：日志模式 {mode}，外键 {fk}，快速检查 {check}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="593"/>
        <source>{steps} of the book&apos;s {known} migration steps were applied.</source>
        <translation>账本的 {known} 个迁移步骤中只完成了 {steps} 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="594"/>
        <source>The main window did not show its pages.</source>
        <translation>主窗口没有显示它的页面。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="595"/>
        <source>The Chinese translation does not load.</source>
        <translation>中文翻译无法加载。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="596"/>
        <source>Untranslated in Chinese: {texts}.</source>
        <translation>没有中文翻译：{texts}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="597"/>
        <source>The SVG icon does not load (image formats: {formats}).</source>
        <translation>SVG 图标无法加载（支持的图片格式：{formats}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="598"/>
        <source>The PDF writer wrote no PDF.</source>
        <translation>PDF 写入器没有写出 PDF。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="616"/>
        <source>Give the order code, or a picture of it with --picture.</source>
        <translation>请给出订单码，或用 --picture 给出它的图片。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="617"/>
        <source>No QR code was found in the picture.</source>
        <translation>图片里没有找到二维码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="618"/>
        <source>No order code was found in the picture.</source>
        <translation>图片里没有找到订单码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="619"/>
        <source>Order {number} has not been shipped.</source>
        <translation>订单 {number} 还没有发货。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="620"/>
        <source>Order {number} is {state}; only a paid order is shipped.</source>
        <translation>订单 {number} 当前为 {state}；只有已付款的订单才能发货。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="621"/>
        <source>Order {number} was delivered already.</source>
        <translation>订单 {number} 已经送达。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="622"/>
        <source>Order {number} was shipped already.</source>
        <translation>订单 {number} 已经发货。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="623"/>
        <source>Shipping needs the carrier and the tracking number.</source>
        <translation>发货需要快递公司和运单号。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="624"/>
        <source>The carrier or tracking number is longer than {limit} characters or contains control characters.</source>
        <translation>快递公司或运单号超过 {limit} 个字符，或含有控制字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="625"/>
        <source>The order code is damaged or incomplete.</source>
        <translation>订单码已损坏或不完整。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="626"/>
        <source>The order code is for listing {listing}, which this store does not have.</source>
        <translation>订单码对应商品 {listing}，本店没有这个商品。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="627"/>
        <source>The order code is longer than {limit} characters.</source>
        <translation>订单码超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="628"/>
        <source>The order code was changed after the buyer made it (its listing, quantity or price differ from the sealed copy).</source>
        <translation>订单码在买家生成后被改动过（商品、数量或价格与加密副本不一致）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="629"/>
        <source>The order code was not made for this store (its delivery details do not open with this store&apos;s key).</source>
        <translation>这个订单码不是为本店生成的（收货信息无法用本店密钥解开）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="630"/>
        <source>The order code&apos;s price {price} is not the listing&apos;s price {listing_price}.</source>
        <translation>订单码的价格 {price} 不是商品的价格 {listing_price}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="631"/>
        <source>This is not an order code (it starts with {prefix}).</source>
        <translation>这不是订单码（订单码以 {prefix} 开头）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="632"/>
        <source>This order code was added already, as order {number}.</source>
        <translation>这个订单码已经添加过，订单号 {number}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="633"/>
        <source>This profile sells without a chain (WeChat Pay and Alipay only); turn that off with “ziliudi profile set --chain” to use the escrow.</source>
        <translation>此账套只用微信/支付宝收款，不用区块链；要使用担保交易，请用“ziliudi profile set --chain”关闭此设置。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="634"/>
        <source>“{kind}” is not a kind of payment code (wechat, alipay).</source>
        <translation>“{kind}”不是收款码类型（wechat、alipay）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="635"/>
        <source>The QR code in the picture is not a WeChat Pay payment code.</source>
        <translation>图片中的二维码不是微信收款码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="636"/>
        <source>The QR code in the picture is not an Alipay payment code.</source>
        <translation>图片中的二维码不是支付宝收款码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="637"/>
        <source>The store has no WeChat Pay payment code.</source>
        <translation>本店没有微信收款码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="638"/>
        <source>The store has no Alipay payment code.</source>
        <translation>本店没有支付宝收款码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="381"/>
        <source>{text} has more than {decimals} decimal places.</source>
        <translation>{text} 的小数超过 {decimals} 位。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="382"/>
        <source>“{account}” is not an account address (0x and 40 hex digits).</source>
        <translation>“{account}”不是账户地址（应为 0x 加 40 位十六进制字符）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="384"/>
        <source>“{name}” cannot be a profile name: use 1 to 64 characters without / \ : * ? &quot; &lt; &gt; |.</source>
        <translation>“{name}”不能作为账套名称：请使用 1 到 64 个字符，且不含 / \ : * ? &quot; &lt; &gt; |。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="388"/>
        <source>“{sku}” is not an item of “{title}”.</source>
        <translation>“{sku}”不是“{title}”中的商品。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="389"/>
        <source>“{text}” is not a date and time like 2025-06-01T10:00.</source>
        <translation>“{text}”不是形如 2025-06-01T10:00 的日期时间。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="395"/>
        <source>“{title}” ends in the past; set a new window first.</source>
        <translation>档期“{title}”的结束时间已过，请先设置新的档期时间。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="396"/>
        <source>“{title}” has no item #{item}.</source>
        <translation>“{title}”中没有编号为 #{item} 的商品。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="397"/>
        <source>“{title}” has no items; import stock first.</source>
        <translation>“{title}”中还没有商品，请先导入库存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="399"/>
        <source>“{title}” is already {status}.</source>
        <translation>档期“{title}”已经是“{status}”状态。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="400"/>
        <source>“{title}” is your own lot; its sheet is not imported here.</source>
        <translation>“{title}”是你自己的档期，不能在这里导入它的档期表。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="401"/>
        <source>“{title}” is {status}; its items cannot be changed here.</source>
        <translation>档期“{title}”当前为“{status}”状态，不能在这里修改其商品。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="402"/>
        <source>“{title}” is {status}; only a closed lot can be settled.</source>
        <translation>档期“{title}”当前为“{status}”状态，只有已结束的档期才能结算。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="403"/>
        <source>“{title}” is {status}; only a draft lot can be changed.</source>
        <translation>档期“{title}”当前为“{status}”状态，只有草稿状态的档期才能修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="404"/>
        <source>“{title}” is {status}; only a draft lot can be deleted.</source>
        <translation>档期“{title}”当前为“{status}”状态，只有草稿状态的档期才能删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="405"/>
        <source>“{title}” is {status}; only a published lot can be closed.</source>
        <translation>档期“{title}”当前为“{status}”状态，只有已发布的档期才能结束。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="407"/>
        <source>“{title}” is {status}; only a published lot that has not closed can be sent as a sheet.</source>
        <translation>档期“{title}”当前为“{status}”状态，只有已发布且未结束的档期才能导出档期表。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="408"/>
        <source>“{title}” is {status}; only the items of a published lot can be put in the storefront.</source>
        <translation>档期“{title}”当前为“{status}”状态，只有已发布档期的商品才能上架到店铺。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="409"/>
        <source>“{title}” is {status}; stock is imported into a draft lot only.</source>
        <translation>档期“{title}”当前为“{status}”状态，库存只能导入草稿状态的档期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="410"/>
        <source>“{title}” is {status}; stock is reserved only while it is open.</source>
        <translation>档期“{title}”当前为“{status}”状态，只有开售中的档期才能预留库存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="217"/>
        <source>The file is not a picture that can be read (JPEG, PNG, GIF, WebP or BMP).</source>
        <translation>该文件不是可读取的图片（JPEG、PNG、GIF、WebP 或 BMP）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="17"/>
        <source>a time window is under a day or over a year</source>
        <translation>有时限短于一天或长于一年</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="18"/>
        <source>the bond exceeds the price</source>
        <translation>保证金高于价格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="19"/>
        <source>the arbitrator&apos;s fee exceeds 20% of the price</source>
        <translation>仲裁费超过价格的 20%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="93"/>
        <source>A price of {sku} is out of range.</source>
        <translation>{sku} 的某个价格超出范围。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="100"/>
        <source>Prices in {listing} become {token} only at a rate you state: give the rate of 1 {token} in {listing}.</source>
        <translation>以 {listing} 标价的商品只能按你填写的汇率换成 {token}：请给出 1 {token} 折合多少 {listing}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="102"/>
        <source>{price} cannot be paid exactly in {token}, which has {decimals} decimal places.</source>
        <translation>{price} 无法用 {token} 精确支付，它只有 {decimals} 位小数。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="103"/>
        <source>“{text}” is not a rate: give a positive number such as 7.12, with at most {decimals} decimal places.</source>
        <translation>“{text}”不是汇率：请填写正数，例如 7.12，小数最多 {decimals} 位。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="158"/>
        <source>Only {amount} available.</source>
        <translation>可用余额只有 {amount}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="229"/>
        <source>The lot sheet lists a picture under a name no lot sheet uses; it was refused.</source>
        <translation>档期表中列出的图片名称不符合档期表的格式；已拒绝导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="248"/>
        <source>The picture has more than {limit:,} pixels.</source>
        <translation>图片超过 {limit:,} 像素。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="249"/>
        <source>The picture has {pixels:,} pixels; at most {limit:,} are taken.</source>
        <translation>图片有 {pixels:,} 像素；最多接受 {limit:,} 像素。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="250"/>
        <source>The picture is larger than {limit} MB.</source>
        <translation>图片大于 {limit} MB。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="251"/>
        <source>The picture {name} is larger than any picture in a lot sheet may be.</source>
        <translation>图片 {name} 超出了档期表中图片允许的大小。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="308"/>
        <source>There is no picture file at {path}.</source>
        <translation>{path} 处没有图片文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="380"/>
        <source>{sku} needs a supply price.</source>
        <translation>{sku} 需要供货价。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="383"/>
        <source>“{address}” is not an account address (0x and 40 hex digits).</source>
        <translation>“{address}”不是账户地址（应为 0x 加 40 位十六进制数字）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="385"/>
        <source>“{payment}” is not a way of paying here (cash, wechat, alipay, bank).</source>
        <translation>“{payment}”不是可用的付款方式（cash、wechat、alipay、bank）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="386"/>
        <source>“{ref}” is not an offline order number (like X-3).</source>
        <translation>“{ref}”不是线下订单号（形如 X-3）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="390"/>
        <source>“{text}” is not a number of days to move forward (more than 0, at most {limit}).</source>
        <translation>“{text}”不是有效的前进天数（须大于 0，最多 {limit}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="391"/>
        <source>“{text}” is not an amount.</source>
        <translation>“{text}”不是有效的金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="392"/>
        <source>“{text}” is not an order number (order numbers look like 1-2).</source>
        <translation>“{text}”不是订单号（订单号形如 1-2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="393"/>
        <source>“{text}” is not {what} (SKU=VALUE).</source>
        <translation>“{text}”不是{what}（格式为 SKU=值）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="394"/>
        <source>“{title}” came from a supplier&apos;s sheet; only its supplier can revise it.</source>
        <translation>“{title}”来自供应商的档期表，只有供应商能修订。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="398"/>
        <source>“{title}” is a draft; publish it before recording sales.</source>
        <translation>“{title}”还是草稿；请先发布，再记录销售。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="406"/>
        <source>“{title}” is {status}; only a published lot that has not closed can be revised.</source>
        <translation>“{title}”当前为{status}；只有已发布且未结束的档期可以修订。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="411"/>
        <source>“{url}” is not a web address.</source>
        <translation>“{url}”不是有效的网址。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="130"/>
        <source> or </source>
        <translation>或</translation>
    </message>
</context>
<context>
    <name>lots</name>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="611"/>
        <source>Three commission levels are allowed, but they carry a legal risk: three levels together with an entry fee or pay for recruits is pyramid selling, a crime in China (Regulations on Prohibiting Pyramid Selling art. 2; Criminal Code art. 224-1).</source>
        <translation>允许设置三级佣金，但有法律风险：三级佣金再加上入门费或拉人奖励即构成传销，在中国属于犯罪（《禁止传销条例》第二条；《刑法》第二百二十四条之一）。</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="604"/>
        <source>Reading escrow events</source>
        <extracomment>The steps a long task reports (desktop.services.tasks.Progress.text; wallet.escrow_sync.Step for those with fields), shown by the progress dialog and `ziliudi sync`.</extracomment>
        <translation>正在读取担保交易事件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="605"/>
        <source>Read blocks up to {last} of {target}</source>
        <translation>已读到区块 {last}，要读到 {target}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="606"/>
        <source>Reading</source>
        <translation>正在读取</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="607"/>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
</context>
<context>
    <name>sizes</name>
    <message>
        <location filename="../../desktop/i18n.py" line="52"/>
        <source>{n} bytes</source>
        <translation>{n} 字节</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="52"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="53"/>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="53"/>
        <source>{n} GB</source>
        <translation>{n} GB</translation>
    </message>
</context>
<context>
    <name>stock</name>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="504"/>
        <source>SKU {sku} is already on row {first_row}</source>
        <translation>SKU {sku} 已在第 {first_row} 行出现</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="505"/>
        <source>formula without a saved value: open the file in Excel or WPS, save it, and import again</source>
        <translation>公式没有保存的计算结果：请用 Excel 或 WPS 打开文件、保存后重新导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="506"/>
        <source>the product name is empty</source>
        <translation>商品名称为空</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="507"/>
        <source>there is no price: fill in the tag price or the supply price</source>
        <translation>没有价格：请填写吊牌价或供货价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="508"/>
        <source>the quantity is empty</source>
        <translation>数量为空</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="509"/>
        <source>the style number is empty</source>
        <translation>款号为空</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="510"/>
        <source>price {value} is negative</source>
        <translation>价格 {value} 为负数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="511"/>
        <source>quantity {value} is negative</source>
        <translation>数量 {value} 为负数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="512"/>
        <source>“{value}” is not a number</source>
        <translation>“{value}”不是数字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="513"/>
        <source>quantity {value} is not a whole number</source>
        <translation>数量 {value} 不是整数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="514"/>
        <source>supply price {supply} is above tag price {tag}</source>
        <translation>供货价 {supply} 高于吊牌价 {tag}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="515"/>
        <source>{value} has more than 2 decimals</source>
        <translation>{value} 的小数超过 2 位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="516"/>
        <source>the supply price is empty</source>
        <translation>供货价为空</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="517"/>
        <source>quantity {value} is more than {limit}, the most one row may hold</source>
        <translation>数量 {value} 超过单行上限 {limit}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="518"/>
        <source>price {value} is more than {limit}, the highest price a row may have</source>
        <translation>价格 {value} 超过单行价格上限 {limit}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="519"/>
        <source>picture “{value}” is not a file in the stock file&apos;s folder</source>
        <translation>图片“{value}”不是库存文件所在文件夹中的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="520"/>
        <source>picture “{value}” is not an image that can be read</source>
        <translation>图片“{value}”不是可读取的图片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/core_texts.py" line="521"/>
        <source>picture “{value}” is larger than {limit} MB</source>
        <translation>图片“{value}”大于 {limit} MB</translation>
    </message>
</context>
<context>
    <name>tx_notice</name>
    <message>
        <location filename="../../desktop/i18n.py" line="330"/>
        <source>mined</source>
        <translation>已上链</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="331"/>
        <source>sent, not mined yet</source>
        <translation>已发出，尚未上链</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="332"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="333"/>
        <source>replaced by another</source>
        <translation>已被另一笔交易取代</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="334"/>
        <source>dropped by the network</source>
        <translation>已被网络丢弃</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="335"/>
        <source>rejected by the network</source>
        <translation>被网络拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="336"/>
        <source>{done} Transaction {hash}: {status}.</source>
        <translation>{done}交易 {hash}：{status}。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="337"/>
        <source>Revoked {count} offers that no longer held: {offers}.</source>
        <translation>已撤销 {count} 个失效的报价：{offers}。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="338"/>
        <source>goods no longer in any lot</source>
        <translation>已不在任何档期中的商品</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="339"/>
        <source>Marked {count} orders shipped from the supplier&apos;s reply: {orders}.</source>
        <translation>已按供货商的回单将 {count} 笔订单标记为已发货：{orders}。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="341"/>
        <source>Orders {orders} are already marked shipped, or their ship transaction is on its way; they were left as they are.</source>
        <translation>订单 {orders} 已标记为已发货，或其发货交易正在上链途中；已保持原样。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="344"/>
        <source>{names} and {count} more</source>
        <translation>{names} 及另外 {count} 个</translation>
    </message>
</context>
</TS>
