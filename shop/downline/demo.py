"""The demo profile's downline: thirty distributors three levels below the demo seller, and
eleven months of their sales with commissions in every state (frozen, available, settled,
reversed), so the Downline page, its statements and its chart show a team at work.

The bindings carry real signatures, made once with public demo keys (the test that checks
them makes them again) and kept here: signing them on every new demo would take a second.
"""

from __future__ import annotations

from shop.lots.demo import STYLES
from shop.lots.model import DEFAULT_COMMISSION_BPS

from . import ledger
from .invites import Acceptance, Invite
from .split import split_unit
from .tree import record

DAY = 86400
FREEZE = 7 * DAY  # the demo lot's after-sale window
CURRENCY = "CNY"
ROOT = "0x3971292981aAB0456BBBc199D527298355CBB514"  # the demo seller's account
JOINED = 1_735_689_600  # 2025-01-01 UTC: member n joined 6n days later

# (upline: 0 for the demo seller, else the member's number, counted from 1), member, the
# upline's invite signature, the member's acceptance signature; each after its upline.
MEMBERS = (
    (0, "0xA1c7Cda4786aD3490be2c18f63BDAEAe038EFb81",
     "0x2d35954f08d28502cadbf69119f9350fdb81ca2841653e49f5a2f28f7014f1b566ebdbbc79c83101cef618b946226e87841f39793c289907a600ae2d0a4086431c",
     "0x51a72e264e555bed7a7decc2404a78fb40db71ceec25bdb2d0bfce75f438428773b8fd9dbebc91fe899539d3777db14b435b41c3e2d1a27529a481f26c59bf391c"),
    (0, "0xC0b258A52343c23932393fB092bDD315963b3119",
     "0xc205c7b7ef8a6dce3e23ff8cd90869ea57858c8995fca996759ccef75659fdb10bdf61c66714bbca4c7348f17e80b95232254f6ad53a4a72dae2d6daad591b101c",
     "0x911443136a25a66ab8a0540a99441398bd88f9eee2df6d5cae76b1bf0c56e2f95b72e7488fb3882ec7ba5ed5570ee91cecef3b43f3f4b2913811bcdde220dc2f1b"),
    (0, "0xA836ac22804d0b9964A2f55e447112eF1b39576D",
     "0x298c313844c4492c62a31528bd557dcbd7588719ce8222bd6c2a6fafc19ed87f042af9fd91d171333d47f1c378bbc58f0745b8acecb05c0eed11bceb4ed7db901c",
     "0x144dda3d36f3712cfe0f85f1772296296112ba805daa65b5847987a5562cc1b509a255f5463e6d25fcd78a7c94aad1a5d4b9884f3e94e48128df928407880b351c"),
    (0, "0x44268ca19552dF53Df697808869FFaEF49bD917c",
     "0x48096e0af035bbfcafb6db9508f525cab1e2ff1b52d7c8d4e96e1c316f3aaec53cc426e110fdc1c4c5eaf6ba619c3989dc030e55f7c4b8fe3ad7ad33e17293841b",
     "0x9101df109355c9595340945e85808c0073a0438ea92a13967b9346b938d3fb49072629db7568fd5ffd584c9c4825ea14a138ca701d65d382b76bf801d5e127011b"),
    (0, "0xC9c30fdAfBB7254309D70C96db00268d86A27E2d",
     "0xa1baa50974b2ebbbf7989ba1c06c3da187e614f61f8e64319a520a879ecc37cd5b200523c5984de8baa9e478f0beaae7c5a9ea0f8c98c2943dcd4f5dfc7fdb1b1b",
     "0x628a164f8272398d9058dc83f0cf5a58c973944ad2f202c450fa24d586a1e37d4b5984e02456805e1af52ca1f1db57db481436aa76b5dfd7cb28ede889940df91c"),
    (0, "0x1a802aBE648d736fd6fBb1aEe68E73E4C151e5CB",
     "0x057a6e32ce916139204f1309f381215d3d6ab38fecd5ec68fd6cbbd79aa1d32054a66697d98ac38a0c5119aabde0be3aed2df8fbfd6b1ade7023e8fc2630921b1c",
     "0x6ddc274d89beba57d55bae4a9d34e448dffd9af39e113120a13a37bff145c713335d30b7e870142e558ab8b4c5c6a2a0d13802391500394813f4a7c75f8c2d351b"),
    (1, "0x0D84039BCa6C9A7F6Bd6B9fb6633711D830e77A9",
     "0x63c9ff8ee44863b4e82230ac86417bb951e1f8dcbb1bd905c3b15267d0da44033e4baf509c40aaa9165f5c558d26e7efbd052430c9adc171123d17d4a4e3caf11c",
     "0x7a5e6bcd01c98f0b20ce38fea5a2fc08386e859315110df4476a052b5e910043544cacfb68bf319e256ae71d3abac52e1c22883ac50cb9b2ad3f9ce9987e072b1b"),
    (1, "0xC196e7FE67Ec387792cac7443613140219f4323f",
     "0x0beec97b8a6e6dae7ab0e0b7508bb6eef886a9d651287e7a59b42419e6e3480e083aff710291375951d36e1642e808bec0f3b7bb38e913ec59b4ec519dd9d8051c",
     "0xbf7901241d735b8e1a36ff83bf4483457f51fd233726e35833a29e4d4a7bceea19f0ccea5441491edb30533f86f6fae7aca2f9d9383c9198d283e776209939221c"),
    (1, "0xCc0453430E58a84c23b35c504460c87acA10F5cc",
     "0x3423b46ff0f26445e70dd7654cf662781f1d3940b6dfc5d16f992e8e0a759be07fbe9023c89e85b9d3e6f9864bf7ea055f498320dcd5e2f43caab6284d13d16e1b",
     "0xb7abaa1b10b698eb2b5f0f9d8d2b635cb8ebe99598b6b537318c2e2b781be9cc3a1a2f354f73d03369a6fea9c438ff358eaeb487250174718459cb54ba5f1b581c"),
    (2, "0xC757Fd9Ac2b5feBe6EfE57734e025696d5Badee1",
     "0x20e31655dbd1a657f14ba4f4a4ccfe92342cdf0fd053516988284a2b20d43e8f424d5627b970be3c34da1edf76b0a6c5e69abc6e8b1ed565c83073fd32e806e41b",
     "0x6fe4f733cf4cea05a568b7e9f3006a80b480d3f7046bb6806b4c07efea0ca37151f6b1a37ef46c24ffee6063089482f82f399ac059f8ceddd62a47b57278cf801c"),
    (2, "0xC689704622b161A1A0c9147C4136Df19Fb6A4ec9",
     "0x5a80795b008a1c26141446b233863d37107c54392d7ee2d44b3732e1e03566b242ba04a1d5ef1681952401b3ab4b14b07f4a89fafc39be87885649d1dfea9f2f1c",
     "0xd2c4c8805e1ddf145a9c02604aeb2e09dc54d460af85c82cb6a75f85630883107a2ca4e2ff8fd4e836c16c0146820e30088839a9cb301f85cc4c9964788c52c01c"),
    (2, "0x5cbc051cB865f71212d2475F4085085d8B234870",
     "0xffbd6e020310b073d019616091089f1cc568fef394b597984437dff2797492f36e1eafaba6eb61238a356d27f593e9898b81e297efce0209ab3b93588e832f311c",
     "0x609af6978b53da24926646bdfcb4880abf50d147293214ec54bb510cd82406211a0e14421110c69832743da35ebce1ee7529c1a8d23ddc6ae0df189ec6ab9c251c"),
    (3, "0x38AFa10bfC702647130Eb6DD9c0E6A00d5c8fa93",
     "0xa80b13ffb8d86880a07d0d6ecc06a8701d9389a556f2e52c0477b555ba599fce50c1f4f74dfbb2f996a3a34231318924b754401c48b346e29054619b2b5061df1b",
     "0x8e16f7c854da61a67cab47a0271e07546e690ed261a2a6ee98641774f1ba26503f64292014089fb6f5fc4b09986ce74f981a0586e976204fca3e2014145785661c"),
    (3, "0xfa028BBAC5e2Db7124AB454FA9Cc6dE351A1E0a5",
     "0xcb28e6e0c1244dcf8afa3c4772f599cbf8ff484676c884ad2f014ca5c13dc4475b71fc00c6f92b5209a11f273558b719395a12c40aeae352b8f100757ec1ad6b1c",
     "0x763e12a9e2d3fdac11489e01941b5d9bf7a1c6e4c4ea3a2fcfbc634b2337233d5604a250fc0978cb88bf5d5816f8d4bd98ed8fe2939fe6f95d7d59ce8f7755c91c"),
    (4, "0x6E10972aB9580912ecC9e64629123CD8faa3B254",
     "0x3cb39d0d18ad6df43f5d5a4a56b65d11e62bf2f766f16807969941d3c31b5b92540a66450d31bb38f96d94a1e6369e9fd6f20e86077a2e08b39526f8d1d2f7561c",
     "0xb686c40ca8317cc503f5652eaf4c1d3a316870c1ff845e48d2e0e58a89f5c2885ad809aaaa4b9fd9f002f008b02b1b1ce29913c9cdb88c8190ccde7f0ba41f9e1c"),
    (4, "0xe03C89097D3D092420E836b35caDb88D1Fff4165",
     "0x2a80b0e1adf24efdc34751d814e016364dc4da202e2b1e121ff6157252944d08364a5676826c5f645fd800fb6bef087cc1ebe547abc73022052def06687029111b",
     "0xe56c7748bf9144d3369ecc32db2f4b86cec3bee383c12469d59eb58917f3ec611aa7520028c047226553486e2b20ac708b02e4eddc0f6df4de3db8a16e1ea09f1c"),
    (4, "0x4b2085B9bD354CF725eB0eA40A03269e6bA427bA",
     "0x859bb556f4d0ae02d2ac6d20b577d8bc6d4526744b9da7b04201f01226016c420ebeeaf2a1b64ebd35efdc3ed29184693f6fa3e096d3985e28c2d305fa0e799c1b",
     "0xfaa645e2a61228e36aea191f05fea8b7d56266d99658246919336f5a334dee7155fdd56d7c79550da81a53a009e65ae77842e6878073e77aaab7bb0758b81eb41b"),
    (5, "0xe38c126493b4333926a3275716Ba0484DA5B89E6",
     "0xc44405ecea07c9cc88ca76387334e2a437441523fe4b134a463acc078bc7662e18b464a4156af4ff2feb91d8a393f1e1a239db1fa16f7775e60b36bc25e2a05a1c",
     "0xbaaddb3a09b8ac0534d69e445d58fbc1e32d2d8e4284cce9e155445c943cee372b25252c2c8ca78d7757790c6d35bdd04b4ccbf7836855bd5b25231470c73bfc1b"),
    (6, "0xF3351BDE6129D510ddF128b04aa02A422C59AC1B",
     "0xf6d3c57c4f3e2c589c5d0fba75513dd2e1fc546a9522481872a155a021e0a9b1638b82d958ac4583c82710f59f4b57c7f363d0279ac630acf577a46ad19583db1c",
     "0xa0bf281f2c3b0e4d6cf43e9d80b6cdbfbe39e08b92375ba10aaf0a38a4726d26008406cf2423e6a218e25ffe1ee1ca7fb4cb3b800b54c1d0085e13f26508631d1b"),
    (6, "0xdfe85aE89a68cCdd904bD545eb1F05b39AB837cE",
     "0x5f9922b0fdd0991329864ff2666adccf98e349e602ed00f6fe043b20204ddd5d036fedf0e663bb3db6c2f520e2edacb7c9e350f5a903107419407e8faf5f19b81b",
     "0x9861b425df2cc0415c76abd465c61fd1f8ab7e33b0ef6248fbe695287c9dd032229902671a8f6a3e196f539659bf03134f45fce13b9b744c5bc4a8070dbd77b71c"),
    (7, "0x354ad1d6F500910022323e5a2C5DebB99B120022",
     "0x5e381f33ab6ddc22bcdfd9753b7c24eca90843108364a6a21e639a37dbb61eaf0c4a8f37a2098d1b1becd477115c7caa8b96dbcf9bd1cd3bb22dcdbf31ae43801c",
     "0xedc2dc1cfbc0e3a3e5d584351d2cb0622434db0b54ce2496aea8efac4feb73d675a462750b2cfe523755aab3e0b31196a84e0cdf8f631c72efadf418976573fa1c"),
    (7, "0xC591FadeF30b2e7a8fDDeC1346D2320a1f585232",
     "0x45e521c309ad0c72d365aa9eef83cd9c9be63d166ab6e0d8739c9cbdb99d1c9638616cd633ca86cca15c1309ccd05d9c9d6919be9dc591e91173d7562ca7c3f61b",
     "0xed07d1f16205b7cff38e3e8acd5a35f6f90e4bd06def19345c3d74771aa83ddf72b0d8f67849e62ac8ea35e684b9e6fd27052b462d875bdacfd83e40f82895021c"),
    (8, "0xB70f520868A1710c60d69D4Dc0948d5E688D6c17",
     "0xd4f0e6b43716d32b64727816305c6aeefde47d62ed6fe3cd2b4eff9f60fdd6ab3a172fef2f32a1076e6030c597310cdef734fb79fd05b47afb75ab024861088e1b",
     "0x9a3099129cb774d3ce3caa4a26e075b6e1e21bdbbd90ec7cb1b1844b1ed0bfa65e5c471d089b2822b9d4fca64a3f87e60689b75023f39ec4c5a536be4b32ead71b"),
    (10, "0xe2D997DA5674B79ED2E0cD67bAF32c6431F28487",
     "0x6d9db557ec3f24f24b94db8bc6d8140e6f46ff4b563aa0e8eb2ec8d29f40d8c02276dd5dd8ae57a1a5ecd52e682cee6e2b9c483138370bced184a089ba7ee7fd1b",
     "0xb0788fe8e43fd1c61854dacda7c00186bb96b73e3f3a7dcb38de357f60f87f782e7424cf02b2b135dce4a1846029c6ad23a38183d4b67ae3a045c1e970886d331b"),
    (10, "0x05C0b3Dab5050E316f4F622d6effd4A89e18a01D",
     "0xb998f306b32f79804f19fc16c35774f2e52dcd76bf257f574c9aa37eb696d9e477edaddd8c47135cf325e3c46db03ef38f427dd71606801d8c5bdb452c1be25e1c",
     "0x23269884cf257fa7a1d044c19bedab7de51c8632b880c8afbaa393b3cb57f02f00730f7a1493e4d258fc29b7ee5df4b32a38abf3d2df90504e0fcc438655bb441b"),
    (13, "0x9Ce4852D26c814803Ba8aaD6D6e0B5be03249780",
     "0x848741d58a1ef96d935dcdcf164aac999741e7e6f8ef7d37659dc3f55dc7cb9307dde7799ab40d9e9679a50336c1c957ec427cefb45c81448abf3a375a1306521c",
     "0x8fb09d362817e1a29a9dcb02df64fd98c6170ddf5511893ae7128aaa7fe8f763747de8f8e2338d46ed0c503435c62ecc0437039ff3bc10964cbd986ef645f1c01c"),
    (15, "0xEDfc6A594d82D5c80Ece51C44193A30c85f637dC",
     "0xe18f024472f8a2d8b2d76d4c2fbd0d6b5634e4359bbb4c10efb7d2420e2d149b51820694f7aca13b37d4193ba1e93d6e39b0d83d773298ccab2f46561dac1b061b",
     "0x990bbd8625269b14d1f30ab7d69b23fb7a0ae63df70c07925f8e4b4c68027f5a7f8e65cd5dab3fc88c7721312ac8b9b3d92f4f7d0930e208cd1f2efda17f69921c"),
    (15, "0x18EeA3f52Efa57A5689a66DdC6aAAf263a4E1f35",
     "0x87b5bea8582bbfd835a5be5f4442a3f91e2b2af0898fca7535bfe9383aec4edc4555d74d0936db9854847f031dcc55cfa81cb1e4b5904b60ce65b5f51d4ae6931b",
     "0x3cca0b2301026c89a409ee14b57d4052e9d30bc1d007c90f14defa8ae77ea882559b6a77ae167a9749d8e284f305e886690eaa3b723041cf57411acf935bf1f61c"),
    (16, "0xf42f75ECfD0597A359f0fCAD5266a132A990e0a2",
     "0xf7d16e823f73946d09470d4dfe2ac973e0c86a37142c23b48869da33e47c50e47782f978dc74e041d26033888629acf939ac48bce34f804df7fb270ebfde757e1c",
     "0x06e3abb43578e3792856927a129267f42b2d2ef9501f28487bd4a38038a8e3fc21f8ee237c743ee8f7b30febcc3ba7076e81d2c615fe0bd1a04e6ad1872469ba1c"),
    (19, "0xdaEF1b7960bdAA263ED47613Ce8Ebd135AbFC6e1",
     "0x839cd70222cad3930b1d84c71f248d7af12a89036dba34fff8d5a1b78676c16129c6319a2949e142e66183fddff04e07359adb44fea9ab2aec71c43ffc714ece1c",
     "0x0cbf38546524eeb5a72760f316c325a29491f67323800ffd569d396492d56f0d76711404c8afe583d13152916ecd579b9d349547c746f6e6419eae56428871fa1c"),
)


def bindings():
    """The demo's bindings, oldest first: the invite of member n (code demo-NN) was signed
    the day before it joined and lasted a week."""
    accounts = [ROOT] + [m[1] for m in MEMBERS]
    for n, (parent, member, invite_sig, join_sig) in enumerate(MEMBERS, 1):
        joined = JOINED + n * 6 * DAY
        invite = Invite(accounts[parent], f"demo-{n:02d}", joined + 6 * DAY, invite_sig)
        yield Acceptance(invite, member, joined, join_sig)


def _sales(at: int):
    """The demo's sales as (number, seller, style, quantity, confirmed at), fixed by their
    order: a few per seller over the 330 days before `at`, one in nine in the last week."""
    sellers = [ROOT] + [m[1] for m in MEMBERS]
    k = 0
    for s, seller in enumerate(sellers):
        for _ in range(2 + s * 7 % 5):
            k += 1
            age = k % 6 if k % 9 == 0 else 7 + k * 37 % 323
            yield k, seller, STYLES[k % len(STYLES)], 1 + k % 3, at - age * DAY - k * 3607 % DAY


def seed_demo_downline(db, at: int) -> None:
    """Record the demo's members and their sales as they stand at `at`: the last week's
    frozen, one in four older ones still available (paid offline, not marked paid yet), the
    rest settled by the escrow; one in eleven refunded in full, one in thirteen in half."""
    uplines = {}
    for acceptance in bindings():
        record(db, acceptance, at=acceptance.joined_at)
        uplines[acceptance.member] = acceptance.invite.upline
    for k, seller, style, quantity, sold_at in _sales(at):
        supply, price = style[5], style[6]
        above = [uplines[seller]] if seller in uplines else []
        if above and above[0] in uplines:
            above.append(uplines[above[0]])
        unit = split_unit(price, DEFAULT_COMMISSION_BPS, above, supply=supply)
        levels = [a * quantity for _, a in unit.uplines] + [0, 0]
        source = f"demo:{k}"
        ledger.record_sale(db, ledger.Sale(
            source, seller, CURRENCY, sold_at, sold_at + FREEZE, price * quantity,
            unit.seller * quantity, levels[0], levels[1]))
        if k % 11 == 5:
            ledger.reverse(db, source, 0)
        elif k % 13 == 7:
            ledger.reverse(db, source, price * quantity // 2)
        if k % 11 != 5 and sold_at + FREEZE <= at and k % 4 != 1:
            ledger.settle(db, source, sold_at + FREEZE, "chain")
