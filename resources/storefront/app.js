/* Ziliudi storefront: checkout and order pages. No libraries, no build step.
 * The price, payees and windows come from the seller-signed offer embedded in the
 * page; this script passes that offer to the escrow contract unchanged, and the
 * contract checks the seller's signature, so editing the page cannot change them. */
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var te = new TextEncoder();

  function readJson(id) {
    var el = $(id);
    return el ? JSON.parse(el.textContent) : null;
  }
  function say(text, isError) {
    var box = $("status");
    if (!box) return;
    box.hidden = false;
    box.textContent = text;
    box.className = "status" + (isError ? " error" : "");
  }

  /* ---------- hex and ABI encoding ----------
   * Selectors, ABI types, topics and field orders all come from the chain config the app
   * embeds in the page (made from the compiled contract's ABI); this script knows none. */
  function hex(bytes) {
    var s = "";
    for (var i = 0; i < bytes.length; i++) s += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16);
    return s;
  }
  function unhex(h) {
    h = h.replace(/^0x/, "");
    var out = new Uint8Array(h.length / 2);
    for (var i = 0; i < out.length; i++) out[i] = parseInt(h.substr(i * 2, 2), 16);
    return out;
  }
  function word(n) { var s = BigInt(n).toString(16); return "0".repeat(64 - s.length) + s; }
  function padRight(h) { return h + "0".repeat((64 - (h.length % 64)) % 64); }
  function isArray(p) { return /\[\]$/.test(p.type); }
  function isDynamic(p) {
    if (p.type === "bytes" || p.type === "string" || isArray(p)) return true;
    if (p.type === "tuple") return p.components.some(isDynamic);
    return false;
  }
  function headSize(p) {
    if (p.type === "tuple" && !isDynamic(p)) {
      return p.components.reduce(function (a, c) { return a + headSize(c); }, 0);
    }
    return 32;
  }
  /* A tuple's value is an object by field name (the offer as the seller signed it), so the
   * order of its fields is the ABI's alone. */
  function encodeOne(p, v) {
    if (isArray(p)) {
      var item = { name: p.name, type: p.type.slice(0, -2), components: p.components };
      return word(v.length) + encode(v.map(function () { return item; }), v);
    }
    if (p.type === "tuple") {
      return encode(p.components, p.components.map(function (c) {
        if (v === null || typeof v !== "object" || !(c.name in v)) {
          throw new Error("页面数据不完整（缺少 " + c.name + "），请联系卖家。");
        }
        return v[c.name];
      }));
    }
    if (p.type === "bytes") { var h = v.replace(/^0x/, ""); return word(h.length / 2) + padRight(h); }
    if (/^bytes[0-9]+$/.test(p.type)) return padRight(v.replace(/^0x/, ""));
    if (p.type === "address" || /^uint[0-9]*$/.test(p.type)) return word(BigInt(v));
    if (p.type === "bool") return word(v ? 1 : 0);
    throw new Error("unsupported ABI type " + p.type);
  }
  function encode(params, values) {
    var head = "", tail = "";
    var size = params.reduce(function (a, p) { return a + (isDynamic(p) ? 32 : headSize(p)); }, 0);
    params.forEach(function (p, i) {
      if (isDynamic(p)) {
        head += word(size + tail.length / 2);
        tail += encodeOne(p, values[i]);
      } else {
        head += encodeOne(p, values[i]);
      }
    });
    return head + tail;
  }
  /* What a call returned, for static types (an escrow's view): a tuple as an object by
   * field name; short data reads as zeros, as from an address without code. */
  function decode(params, data) {
    var h = data.replace(/^0x/, ""), at = 0;
    function one(p) {
      if (p.type === "tuple") {
        var o = {};
        p.components.forEach(function (c) { o[c.name] = one(c); });
        return o;
      }
      if (isDynamic(p)) throw new Error("unsupported ABI type " + p.type);
      var w = h.substr(at, 64).padEnd(64, "0");
      at += 64;
      if (p.type === "address") return "0x" + w.substr(24);
      if (/^bytes[0-9]+$/.test(p.type)) return "0x" + w.substr(0, 2 * Number(p.type.slice(5)));
      if (p.type === "bool") return BigInt("0x" + w) !== 0n;
      return BigInt("0x" + w);
    }
    return params.map(one);
  }
  /* fn: one of the config's functions ({selector, inputs, outputs}). */
  function call(fn, values) { return fn.selector + encode(fn.inputs, values); }

  /* ---------- the buyer's wallet (any EIP-1193 provider) ---------- */
  function provider() {
    if (!window.ethereum || typeof window.ethereum.request !== "function") {
      throw new Error("没有找到钱包：请在钱包 App 的浏览器里打开本页，或安装浏览器钱包。");
    }
    return window.ethereum;
  }
  function rpc(method, params) { return provider().request({ method: method, params: params || [] }); }
  async function connect(chain) {
    var accounts = await rpc("eth_requestAccounts");
    if (!accounts || !accounts.length) throw new Error("钱包没有给出账户。");
    var current = await rpc("eth_chainId");
    if (BigInt(current) !== BigInt(chain.chainId)) {
      await rpc("wallet_switchEthereumChain", [{ chainId: "0x" + BigInt(chain.chainId).toString(16) }]);
    }
    return accounts[0];
  }
  function sleep(ms) { return new Promise(function (r) { setTimeout(r, ms); }); }

  /* Why the contract (or the token) would refuse a call, in words, by the custom error's
   * name; the chain config names the errors by selector (errorNames, set when a page starts). */
  var REVERTS = {
    WrongState: "订单现在的状态不能这样操作，请刷新页面看看最新状态。",
    NotBuyer: "只有付款的买家账户能这样操作：请在钱包里切换到付款时用的账户。",
    NotParty: "只有这笔订单的买家或卖家能申请仲裁。",
    TooLate: "已经过了期限，不能再这样操作。",
    TooEarly: "还没到期限，现在不能这样操作。",
    InvalidOffer: "卖家的报价无效，请联系卖家。",
    InvalidSignature: "签名无效，请联系卖家。",
    OfferExpired: "卖家的报价已过期，请联系卖家。",
    OfferWasRevoked: "卖家已撤回这个报价。",
    OfferSoldOut: "这款已经卖完了。",
    BadQuantity: "购买数量不对。",
    FeeOnTransfer: "这种代币转账要扣手续费，托管合约不收。",
    ERC20InsufficientBalance: "钱包里的代币余额不够。",
    ERC20InsufficientAllowance: "授权额度不够，请重新授权。",
    ERC2612ExpiredSignature: "付款许可已过期，请重试。",
    ERC2612InvalidSigner: "付款许可的签名不对，请用“授权 + 付款”。"
  };
  var errorNames = {};
  function revertText(e) {
    var parts = [e && e.data, e && e.data && e.data.data, e && e.error && e.error.data,
      e && e.message, String(e)];
    for (var i = 0; i < parts.length; i++) {
      if (typeof parts[i] !== "string") continue;
      var m = parts[i].match(/0x[0-9a-fA-F]{8}/g) || [];
      for (var j = 0; j < m.length; j++) {
        var name = errorNames[m[j].toLowerCase()];
        if (name && Object.prototype.hasOwnProperty.call(REVERTS, name)) return REVERTS[name];
      }
    }
    return null;
  }
  function problem(e) {
    return revertText(e) || (e && e.message) || String(e);
  }
  /* Simulate first: a call the contract would refuse is explained, not sent (a failed
   * transaction still costs the buyer gas). */
  async function send(from, to, data) {
    try {
      await rpc("eth_call", [{ from: from, to: to, data: data }, "latest"]);
    } catch (e) {
      var why = revertText(e);
      if (why) throw new Error(why);
      if (/revert/i.test((e && e.message) || "")) throw e;
      /* a wallet that cannot simulate: let it send */
    }
    var hash = await rpc("eth_sendTransaction", [{ from: from, to: to, data: data }]);
    for (var i = 0; i < 600; i++) {
      var receipt = await rpc("eth_getTransactionReceipt", [hash]);
      if (receipt) {
        if (BigInt(receipt.status) !== 1n) throw new Error("交易失败：" + hash);
        return receipt;
      }
      await sleep(500);
    }
    throw new Error("交易还没有确认：" + hash);
  }
  async function ethCall(to, data) { return rpc("eth_call", [{ to: to, data: data }, "latest"]); }

  /* ---------- delivery details, encrypted to the store's key ---------- */
  async function seal(details, storeKeyHex) {
    if (!window.crypto || !crypto.subtle) {
      throw new Error("此浏览器不能加密收货信息：请用 https 地址或本地文件打开本店。");
    }
    var curve = { name: "ECDH", namedCurve: "P-256" };
    var store = await crypto.subtle.importKey("raw", unhex(storeKeyHex), curve, false, []);
    var mine = await crypto.subtle.generateKey(curve, true, ["deriveBits"]);
    var shared = await crypto.subtle.deriveBits({ name: "ECDH", public: store }, mine.privateKey, 256);
    var point = new Uint8Array(await crypto.subtle.exportKey("raw", mine.publicKey));
    var base = await crypto.subtle.importKey("raw", shared, "HKDF", false, ["deriveKey"]);
    var key = await crypto.subtle.deriveKey(
      { name: "HKDF", hash: "SHA-256", salt: point, info: te.encode("ziliudi delivery note v1") },
      base, { name: "AES-GCM", length: 256 }, false, ["encrypt"]);
    var iv = crypto.getRandomValues(new Uint8Array(12));
    var body = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv: iv }, key,
      te.encode(JSON.stringify(details))));
    var note = new Uint8Array(1 + point.length + iv.length + body.length);
    note[0] = 1; note.set(point, 1); note.set(iv, 1 + point.length); note.set(body, 1 + point.length + 12);
    return "0x" + hex(note);
  }

  /* ---------- checkout ---------- */
  function money(minor) {
    minor = BigInt(minor);
    return (minor / 100n).toString() + "." + (minor % 100n).toString().padStart(2, "0");
  }
  function tokenText(amount, token) {
    var d = BigInt(token.decimals), a = BigInt(amount), unit = 10n ** d;
    var frac = (a % unit).toString().padStart(Number(d), "0").replace(/0+$/, "");
    return (a / unit).toString() + (frac ? "." + frac : "") + " " + token.symbol;
  }
  /* The listing's price as the store writes it ("¥138.00"), from the offer's quote. */
  function listingText(minor, quote) {
    var d = BigInt(quote.decimals), a = BigInt(minor), unit = 10n ** d;
    var n = (a / unit).toString() + (d > 0n ? "." + (a % unit).toString().padStart(Number(d), "0") : "");
    return quote.before ? quote.symbol + n : n + " " + quote.symbol;
  }
  /* The rate the seller stated when signing, with its date. */
  function rateText(quote) {
    return "（汇率 1 " + quote.tokenSide + " = " + quote.rate + " " + quote.currency + "，" +
      quote.rateDate + "）";
  }
  /* What q units cost in the token; when the seller converted at a rate, the listing's
     amount comes first (a token of the store's own currency needs no second amount). */
  function totalText(v, q, token) {
    var paid = tokenText(BigInt(v.offer.price) * BigInt(q), token), quote = v.quote;
    if (!quote || !quote.rate) return paid;
    return listingText(BigInt(quote.price) * BigInt(q), quote) + " ≈ " + paid + rateText(quote);
  }
  function checkout() {
    var data = readJson("checkout-data");
    errorNames = (data.chain && data.chain.errors) || {};
    var form = $("checkout");
    var select = $("variant"), qty = $("quantity");
    var wanted = new URLSearchParams(location.search).get("v");
    /* ?v= from a shared link picks a variant; anything else keeps the first */
    if (wanted && Array.prototype.some.call(select.options, function (o) { return o.value === wanted; })) {
      select.value = wanted;
    }
    function chosen() {
      return data.variants.filter(function (v) { return String(v.listing) === select.value; })[0];
    }
    function refresh() {
      var v = chosen(), q = Math.max(1, parseInt(qty.value || "1", 10));
      $("offer-json").textContent = v.offer ? JSON.stringify(v.offer, null, 2) : "";
      $("pay").disabled = !v.offer || !data.chain;
      if (!v.offer || !data.chain) {
        $("total").textContent = "¥" + money(v.price) + " × " + q;
        say("此款暂不支持在线付款：卖家还没有签署它的价格。请联系卖家下单。", true);
        return;
      }
      $("status").hidden = true;
      $("total").textContent = totalText(v, q, data.chain.token) + "（卖家签名的价格 × " + q + "）";
    }
    select.addEventListener("change", refresh);
    qty.addEventListener("input", refresh);
    refresh();
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      pay(data, chosen(), parseInt(qty.value, 10)).catch(function (e) {
        say(problem(e), true);
        $("pay").disabled = false;
      });
    });
  }
  async function pay(data, v, q) {
    var chain = data.chain, offer = v.offer;
    if (!(q >= 1) || q > v.available || q > Number(offer.maxQuantity)) {
      throw new Error("数量需在 1 到 " + Math.min(v.available, Number(offer.maxQuantity)) + " 之间。");
    }
    var details = { name: $("name").value.trim(), phone: $("phone").value.trim(),
      address: $("address").value.trim(), note: $("note").value.trim(),
      listing: v.listing, variant: v.variant, quantity: q };
    if (!details.name || !details.phone || !details.address) throw new Error("请填写收货人、电话和地址。");
    $("pay").disabled = true;
    say("正在连接钱包…");
    var from = await connect(chain);
    var note = await seal(details, data.storeKey);
    var total = BigInt(offer.price) * BigInt(q);
    var f = chain.functions, receipt;
    var usePermit = $("method") && $("method").value === "permit" && chain.token.permit;
    if (usePermit) {
      say("请在钱包中签署付款许可（permit）…");
      var nonce = decode(f.nonces.outputs, await ethCall(chain.token.address, call(f.nonces, [from])))[0];
      var deadline = BigInt(Math.floor(Date.now() / 1000) + 3600);
      var typed = { types: chain.permitTypes,
        primaryType: "Permit",
        domain: { name: chain.token.name, version: chain.token.version, chainId: Number(chain.chainId),
          verifyingContract: chain.token.address },
        message: { owner: from, spender: chain.contract, value: total.toString(), nonce: nonce.toString(),
          deadline: deadline.toString() } };
      var sig = (await rpc("eth_signTypedData_v4", [from, JSON.stringify(typed)])).replace(/^0x/, "");
      var vByte = parseInt(sig.substr(128, 2), 16); if (vByte < 27) vByte += 27;
      say("正在付款（permit + fund）…");
      var permit = { deadline: deadline, v: vByte, r: "0x" + sig.substr(0, 64), s: "0x" + sig.substr(64, 64) };
      receipt = await send(from, chain.contract, call(f.fundWithPermit, [offer, v.signature, q, note, permit]));
    } else {
      var allowance = decode(f.allowance.outputs, await ethCall(chain.token.address,
        call(f.allowance, [from, chain.contract])))[0];
      if (allowance < total) {
        say("第 1 步：请在钱包中授权托管合约使用 " + tokenText(total, chain.token) + "…");
        await send(from, chain.token.address, call(f.approve, [chain.contract, total]));
      }
      say("第 2 步：请在钱包中确认付款…");
      receipt = await send(from, chain.contract, call(f.fund, [offer, v.signature, q, note]));
    }
    var id = null;
    receipt.logs.forEach(function (log) {  /* the escrow's id is the event's first indexed value */
      if (log.topics[0] === chain.fundedTopic && log.address.toLowerCase() === chain.contract.toLowerCase()) {
        id = BigInt(log.topics[1]).toString();
      }
    });
    say("付款成功，订单号 " + orderNumber(id) + "。卖家接单后会发货。");
    var link = $("order-link");
    link.href = document.body.dataset.root + "order.html?id=" + id;
    link.hidden = false;
  }

  /* ---------- order: confirm receipt, dispute, cancel ---------- */
  /* The contract's id is its offer's index << 32 | the escrow's number in that offer;
   * people read it as "index-number", as the seller's app shows it. */
  function orderNumber(id) {
    var n = BigInt(id);
    return (n >> 32n).toString() + "-" + BigInt.asUintN(32, n).toString();
  }
  /* By the contract's state names; the config lists them in the contract's order. */
  var STATES = { None: "不存在", Funded: "已付款，等待卖家接单", Accepted: "卖家已接单",
    Shipped: "卖家已发货", Disputed: "争议中", Closed: "已结束" };
  var CLOSED = { completed: "已完成", refunded: "已退款", resolved: "已结束：按裁决或双方协议分配" };
  var DEADLINES = { Funded: "卖家需在 {t} 前接单，接单前你可以取消订单", Accepted: "卖家需在 {t} 前发货",
    Shipped: "请在 {t} 前确认收货或申请仲裁，逾期货款自动付给卖家", Disputed: "仲裁截止 {t}" };
  var OPEN = ["Funded", "Accepted", "Shipped", "Disputed"];
  /* How a closed escrow ended, from the event that closed it ("" when the node will not say). */
  async function closedAs(chain, id) {
    var idTopic = "0x" + BigInt(id).toString(16).padStart(64, "0");
    try {
      var logs = await rpc("eth_getLogs", [{ address: chain.contract, fromBlock: "earliest",
        toBlock: "latest", topics: [Object.keys(chain.closedTopics), idTopic] }]);
      return logs.length ? CLOSED[chain.closedTopics[logs[logs.length - 1].topics[0]]] || "" : "";
    } catch (e) {
      return "";
    }
  }
  /* What the buyer may do in each state (the contract's own rules): cancel before the
   * seller accepts; confirm once accepted, also during a dispute; dispute after acceptance,
   * before the ship or confirm deadline. */
  function allowed(state, deadline, now) {
    return {
      cancel: state === "Funded",
      confirm: state === "Accepted" || state === "Shipped" || state === "Disputed",
      dispute: (state === "Accepted" || state === "Shipped") && now < deadline
    };
  }
  async function order() {
    var data = readJson("order-data");
    errorNames = (data.chain && data.chain.errors) || {};
    var id = new URLSearchParams(location.search).get("id");
    var buttons = { confirm: $("confirm"), dispute: $("dispute"), cancel: $("cancel") };
    function showButtons(can) {
      Object.keys(buttons).forEach(function (k) {
        buttons[k].hidden = !can[k];
        buttons[k].style.display = can[k] ? "" : "none"; /* .button sets display, which hides [hidden] */
        buttons[k].disabled = !can[k];
      });
    }
    showButtons({});
    if (!id || !/^[0-9]+$/.test(id)) {
      $("order-id").textContent = id || "—";
      if (id) say("订单号不对。", true);
      return;
    }
    $("order-id").textContent = orderNumber(id);
    if (!data.chain) { say("本店还没有开通在线付款。", true); return; }
    var chain = data.chain, f = chain.functions, from = null;
    async function show() {
      var view = decode(f.getEscrow.outputs,
        await ethCall(chain.contract, call(f.getEscrow, [id])))[0];
      var state = chain.states[Number(view.state)] || String(view.state);
      var deadline = Number(view.deadline);
      var text = STATES[state] || state;
      if (state === "Closed") text = (await closedAs(chain, id)) || text;
      if (DEADLINES[state] && deadline) {
        text += "（" + DEADLINES[state].replace("{t}", new Date(deadline * 1000).toLocaleString("zh-CN")) + "）";
      }
      $("order-state").textContent = text;
      if (OPEN.indexOf(state) >= 0 && from && from.toLowerCase() !== view.buyer.toLowerCase()) {
        showButtons({});
        say("当前钱包账户不是这笔订单的买家：请切换到付款时用的账户。", true);
      } else {
        showButtons(allowed(state, deadline, Math.floor(Date.now() / 1000)));
      }
      return state;
    }
    var busy = false;
    async function act(fn, label) {
      if (busy) return;
      busy = true;
      showButtons({});
      try {
        from = await connect(chain);
        say(label + "：请在钱包中确认…");
        await send(from, chain.contract, call(fn, [id]));
        say(label + "：完成。");
      } catch (e) {
        say(label + "没有成功：" + problem(e), true);
      } finally {
        busy = false;
        try { await show(); } catch (e) { say(problem(e), true); }
      }
    }
    buttons.confirm.addEventListener("click", function () { act(f.confirm, "确认收货"); });
    buttons.dispute.addEventListener("click", function () { act(f.dispute, "申请仲裁"); });
    buttons.cancel.addEventListener("click", function () { act(f.cancel, "取消订单"); });
    try { from = await connect(chain); await show(); } catch (e) { say(problem(e), true); }
  }

  var page = document.body.dataset.page;
  if (page === "checkout") checkout();
  if (page === "order") order();
})();
